UNWIND $rows AS row
MERGE (l:Leader {id: row.id})
SET l.wikidata = row.wikidata, l.name = row.name, l.aliases = row.aliases, l.aliasText = row.aliasText
RETURN count(l) AS written
