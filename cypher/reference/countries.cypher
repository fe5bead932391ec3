UNWIND $rows AS row
MERGE (c:Country {iso3: row.iso3})
SET c.iso2 = row.iso2, c.name = row.name, c.aliases = row.aliases, c.aliasText = row.aliasText
RETURN count(c) AS written
