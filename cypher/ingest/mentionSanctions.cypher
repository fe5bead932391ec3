UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (s:Sanction {id: row.key})
MERGE (a)-[m:MENTIONS]->(s)
SET m.count = row.count, m.spans = row.spans, m.snippet = row.snippet
RETURN count(m) AS written
