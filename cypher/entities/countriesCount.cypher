// How many countries the filter of entities/countriesPage matches.
MATCH (c:Country)

RETURN count(c) AS total
