// One page of events, filtered, newest first (keyset on date then id).
MATCH (e:Event)
WHERE ($cameo IS NULL OR e.cameo = $cameo)
  AND ($cameoRoot IS NULL OR e.rootCode = $cameoRoot)
  AND ($quadClass IS NULL OR e.quadClass = $quadClass)
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($actor IS NULL OR EXISTS {
    MATCH (e)-[:ACTOR]->(x)
    WHERE ($actor.kind = 'Country' AND x:Country AND x.iso3 = $actor.key) OR ($actor.kind <> 'Country' AND x.id = $actor.key)
  })
WITH e, coalesce(toString(e.date), '0000-00-00') + '|' + e.id AS key
WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
LIMIT $limit
RETURN key, head([lbl IN labels(e) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  e {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN e:Article THEN [(e)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN e:Event THEN [(e)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN e:Sanction THEN [(e)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN e:Sanction THEN [(e)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
