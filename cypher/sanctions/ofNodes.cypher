// The sanctions targeting each node ($direction 'against') or imposed by it ('imposed').
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
  MATCH (s:Sanction)-[:TARGETS]->(n) WHERE $direction = 'against' RETURN s
  UNION
  MATCH (s:Sanction)-[:IMPOSED_BY]->(n) WHERE $direction = 'imposed' RETURN s
}
RETURN ref.kind + ':' + ref.key AS gid, head([lbl IN labels(s) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
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
ORDER BY gid, props.id
