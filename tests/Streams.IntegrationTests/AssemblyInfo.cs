// Clusters and hosts compete for two cores: one collection for the whole assembly runs the test
// classes one at a time, which keeps timings sane.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
