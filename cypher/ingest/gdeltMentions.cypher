// A mention adds an article to an event. When the event's own row has not been imported
// (a mentions file often names events of other days), the event is kept as a reference
// with its id and time only; importing its row later fills in the rest (same id).
UNWIND $rows AS row
MERGE (e:Event {id: 'gdelt:' + row.gdeltId})
ON CREATE SET e.gdeltId = row.gdeltId, e.date = date(datetime(row.eventTime)), e.datePrecision = 'day'
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
