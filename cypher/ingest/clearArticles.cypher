// An article whose content changed loses every edge its old text supported; events no
// longer reported by any article (and not from GDELT) go with them.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[r:REPORTS]->(e:Event)
WITH a, collect(r) AS reports, collect(e) AS events
FOREACH (r IN reports | DELETE r)
WITH a, events
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS|PUBLISHED_BY]->()
  DELETE m
}
WITH events
UNWIND events AS e
WITH DISTINCT e
WHERE e.gdeltId IS NULL AND NOT EXISTS { ()-[:REPORTS]->(e) }
DETACH DELETE e
RETURN count(*) AS removed
