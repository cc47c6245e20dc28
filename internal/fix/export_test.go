package fix

// FixOne is fixOne, for the benchmarks of package fix_test.
var FixOne = fixOne
