// The marker of which reference data (countries, leaders, organizations, regimes) the graph holds.
CREATE CONSTRAINT reference_data_id IF NOT EXISTS FOR (n:ReferenceData) REQUIRE n.id IS UNIQUE;
