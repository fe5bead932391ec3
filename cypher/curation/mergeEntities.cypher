// Moves every edge of the $refs nodes onto $keep (same label), joins their names into its
// aliases and deletes them. MENTIONS counts and spans add up; other edges are MERGEd, so
// nothing doubles. Nodes already gone are simply absent, so merging again changes nothing.
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
WITH ref, n AS m
MATCH (k)
WHERE elementId(k) = $keepElementId AND elementId(m) <> $keepElementId
CALL (k, m) {
  MATCH (a)-[r:MENTIONS]->(m)
  MERGE (a)-[r2:MENTIONS]->(k)
  ON CREATE SET r2 = properties(r)
  ON MATCH SET r2.count = coalesce(r2.count, 0) + coalesce(r.count, 0), r2.spans = coalesce(r2.spans, []) + coalesce(r.spans, [])
  DELETE r
}
CALL (k, m) {
  MATCH (e)-[r:ACTOR]->(m)
  MERGE (e)-[:ACTOR {role: r.role}]->(k)
  DELETE r
}
CALL (k, m) {
  MATCH (s)-[r:TARGETS]->(m)
  MERGE (s)-[:TARGETS]->(k)
  SET s.targetId = coalesce(k.iso3, k.id)
  DELETE r
}
CALL (k, m) {
  MATCH (s)-[r:IMPOSED_BY]->(m)
  MERGE (s)-[:IMPOSED_BY]->(k)
  SET s.authority = coalesce(k.iso3, k.id)
  DELETE r
}
// A term of office is (role, since): a duplicate's other terms are kept, the same term is not doubled.
CALL (k, m) {
  MATCH (m)-[r:HOLDS_OFFICE]->(c)
  WITH r, c, COUNT {
    (k)-[s:HOLDS_OFFICE]->(c)
    WHERE s.role = r.role AND coalesce(s.since, date('0001-01-01')) = coalesce(r.since, date('0001-01-01'))
  } AS same
  FOREACH (_ IN CASE WHEN same = 0 THEN [1] ELSE [] END | CREATE (k)-[x:HOLDS_OFFICE]->(c) SET x = properties(r))
  DELETE r
}
CALL (k, m) {
  MATCH (l)-[r:HOLDS_OFFICE]->(m)
  WITH l, r, COUNT {
    (l)-[s:HOLDS_OFFICE]->(k)
    WHERE s.role = r.role AND coalesce(s.since, date('0001-01-01')) = coalesce(r.since, date('0001-01-01'))
  } AS same
  FOREACH (_ IN CASE WHEN same = 0 THEN [1] ELSE [] END | CREATE (l)-[x:HOLDS_OFFICE]->(k) SET x = properties(r))
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:IN]->(m)
  MERGE (x)-[:IN]->(k)
  DELETE r
}
CALL (k, m) {
  MATCH (m)-[r:IN]->(c)
  WHERE c <> k
  MERGE (k)-[:IN]->(c)
  DELETE r
}
WITH k, m, ref, [x IN coalesce(m.aliases, []) + [m.name] WHERE x IS NOT NULL] AS names
SET k.aliases = reduce(acc = coalesce(k.aliases, []), x IN names | CASE WHEN x IN acc OR x = k.name THEN acc ELSE acc + x END)
SET k.aliasText = reduce(s = '', x IN k.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)
DETACH DELETE m
RETURN ref.kind + ':' + ref.key AS merged
