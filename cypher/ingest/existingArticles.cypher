// Which of the batch's articles are in the graph, and with which content. Setting the id to
// itself takes each found article's write lock before its hash is read, so a process that
// is writing the same article commits first and this one reads what it wrote: two writers
// of one article never both see it as changed and both give it edges.
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a.id = a.id
RETURN a.id AS id, a.contentHash AS contentHash
