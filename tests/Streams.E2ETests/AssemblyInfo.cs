// One silo and one browser for the whole assembly, test classes one at a time: two cores.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
