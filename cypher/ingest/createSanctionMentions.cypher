// MENTIONS edges from the batch's new and changed articles to their sanctions (which
// ingest/sanctions has just merged); the articles have no such edges yet, so CREATE.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (s:Sanction {id: row.key})
CREATE (a)-[m:MENTIONS {count: row.count, spans: row.spans, snippet: row.snippet}]->(s)
RETURN count(m) AS written
