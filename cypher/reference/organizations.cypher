UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.kind = row.kind, o.aliases = row.aliases, o.aliasText = row.aliasText
RETURN count(o) AS written
