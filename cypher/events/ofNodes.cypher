// A page of the events each of several actors takes part in, newest first; undated ones last.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Country {iso3: ref.key}) WHERE ref.kind = 'Country' RETURN n
  UNION ALL
  MATCH (n:Leader {id: ref.key}) WHERE ref.kind = 'Leader' RETURN n
  UNION ALL
  MATCH (n:Organization {id: ref.key}) WHERE ref.kind = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Place {id: ref.key}) WHERE ref.kind = 'Place' RETURN n
  UNION ALL
  MATCH (n:Sanction {id: ref.key}) WHERE ref.kind = 'Sanction' RETURN n
  UNION ALL
  MATCH (n:Article {id: ref.key}) WHERE ref.kind = 'Article' RETURN n
  UNION ALL
  MATCH (n:Event {id: ref.key}) WHERE ref.kind = 'Event' RETURN n
  UNION ALL
  MATCH (n:Outlet {domain: ref.key}) WHERE ref.kind = 'Outlet' RETURN n
}
CALL (n) {
  MATCH (e:Event)-[r:ACTOR]->(n)
  WHERE ($role = 'ANY' OR r.role = toLower($role))
    AND ($cameo IS NULL OR e.cameo = $cameo)
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  WITH e, coalesce(toString(e.date), '0000-00-00') + '|' + e.id AS key
  WHERE $after IS NULL OR (CASE WHEN $desc THEN key < $after ELSE key > $after END)
  ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN NOT $desc THEN key END ASC
  LIMIT $limit
  RETURN e, key
}
RETURN ref.kind + ':' + ref.key AS gid, key, head([lbl IN labels(e) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
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
