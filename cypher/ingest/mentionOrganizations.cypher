UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (o:Organization {id: row.key})
ON CREATE SET o.name = row.name, o.kind = row.kind, o.aliases = [], o.aliasText = row.name
MERGE (a)-[m:MENTIONS]->(o)
SET m.count = row.count, m.spans = row.spans, m.snippet = row.snippet
RETURN count(m) AS written
