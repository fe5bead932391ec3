UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (p:Place {id: row.key})
ON CREATE SET p.name = row.name, p.country = row.country, p.aliasText = row.name
WITH a, p, row
CALL (p, row) {
  MATCH (c:Country {iso3: row.country})
  MERGE (p)-[:IN]->(c)
}
MERGE (a)-[m:MENTIONS]->(p)
SET m.count = row.count, m.spans = row.spans, m.snippet = row.snippet
RETURN count(m) AS written
