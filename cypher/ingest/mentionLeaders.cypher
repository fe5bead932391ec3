// Leaders outside the reference list (found by an office pattern) are created on first
// mention, with their name as their only alias.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (l:Leader {id: row.key})
ON CREATE SET l.name = row.name, l.wikidata = row.wikidata, l.aliases = [], l.aliasText = row.name
MERGE (a)-[m:MENTIONS]->(l)
SET m.count = row.count, m.spans = row.spans, m.snippet = row.snippet
RETURN count(m) AS written
