// One Event per happening (id = CAMEO code + actors + date bucket); each article that
// reports it adds a REPORTS edge with its own sentence.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Event {id: row.id})
ON CREATE SET e.cameo = row.cameo, e.label = row.label, e.rootCode = row.rootCode, e.quadClass = row.quadClass,
  e.date = date(row.date), e.datePrecision = row.datePrecision
MERGE (a)-[r:REPORTS]->(e)
SET r.sentence = row.sentence, r.sentenceIndex = row.sentenceIndex, r.start = row.start, r.end = row.end,
  r.confidence = row.confidence
WITH e, row
CALL (e, row) {
  UNWIND row.actors AS actor
  OPTIONAL MATCH (c:Country {iso3: actor.id}) WHERE actor.label = 'Country'
  OPTIONAL MATCH (l:Leader {id: actor.id}) WHERE actor.label = 'Leader'
  OPTIONAL MATCH (o:Organization {id: actor.id}) WHERE actor.label = 'Organization'
  WITH e, actor, coalesce(c, l, o) AS node WHERE node IS NOT NULL
  MERGE (e)-[:ACTOR {role: actor.role}]->(node)
}
CALL (e, row) {
  WITH e, row WHERE row.location IS NOT NULL
  MATCH (c:Country {iso3: row.location})
  MERGE (e)-[:IN]->(c)
}
RETURN count(e) AS written
