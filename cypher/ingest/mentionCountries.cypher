UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (c:Country {iso3: row.key})
MERGE (a)-[m:MENTIONS]->(c)
SET m.count = row.count, m.spans = row.spans, m.snippet = row.snippet
RETURN count(m) AS written
