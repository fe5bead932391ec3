// Article bodies, fetched only when a query selects `text`.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, coalesce(a.body, '') AS body
