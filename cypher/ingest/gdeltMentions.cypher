// A mention adds an article to an event already imported; mentions of events not in the
// graph are counted as unmatched by the caller (RETURN only the linked ones).
UNWIND $rows AS row
MATCH (e:Event {gdeltId: row.gdeltId})
MERGE (a:Article {id: row.articleId})
ON CREATE SET a.url = row.url, a.title = '', a.ingestedAt = datetime(), a.publishedAt = datetime(row.mentionTime)
MERGE (a)-[r:REPORTS]->(e)
SET r.sentenceIndex = row.sentenceId, r.confidence = row.confidence
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.outletDomain IS NOT NULL
  MERGE (o:Outlet {domain: row.outletDomain})
  ON CREATE SET o.name = row.outletDomain
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
RETURN row.gdeltId AS gdeltId
