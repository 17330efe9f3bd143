using Enforcement.Sample;

// Writes an invented content tree for tests and benchmarks; see README.md.
return SampleCommand.Run(args);
