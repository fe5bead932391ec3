// Deletes an article with its edges, the extracted events only it reported and the unlinked
// (regime-less) sanctions only it mentioned; GDELT events and reference sanctions stay.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:REPORTS]->(e:Event)
WHERE e.gdeltId IS NULL AND COUNT { (e)<-[:REPORTS]-() } = 1
WITH a, collect(DISTINCT e) AS events
OPTIONAL MATCH (a)-[:MENTIONS]->(s:Sanction)
WHERE s.regime IS NULL AND COUNT { (s)<-[:MENTIONS]-() } = 1
WITH a, events, collect(DISTINCT s) AS sanctions
FOREACH (e IN events | DETACH DELETE e)
FOREACH (s IN sanctions | DETACH DELETE s)
WITH a, a.id AS id, size(events) AS removedEvents, size(sanctions) AS removedSanctions
DETACH DELETE a
RETURN id, removedEvents, removedSanctions
