// One page of sanctions, filtered, by id.
MATCH (s:Sanction)
WHERE ($target IS NULL OR EXISTS {
    MATCH (s)-[:TARGETS]->(x)
    WHERE ($target.kind = 'Country' AND x:Country AND x.iso3 = $target.key) OR ($target.kind <> 'Country' AND x.id = $target.key)
  })
  AND ($authority IS NULL OR EXISTS {
    MATCH (s)-[:IMPOSED_BY]->(x)
    WHERE ($authority.kind = 'Country' AND x:Country AND x.iso3 = $authority.key) OR ($authority.kind <> 'Country' AND x.id = $authority.key)
  })
  AND ($activeOn IS NULL OR (s.status = 'active' AND (s.since IS NULL OR s.since <= date($activeOn))))
WITH s, s.id AS key
WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
LIMIT $limit
RETURN key, head([lbl IN labels(s) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  s {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN s:Article THEN [(s)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN s:Event THEN [(s)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN s:Sanction THEN [(s)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN s:Sanction THEN [(s)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
