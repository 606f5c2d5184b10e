// Preloaded with `node --require bench/peak-rss.cjs …`: prints the process's peak resident set size (worker
// threads included) on exit, for machines without GNU time.
process.on('exit', () => {
  process.stderr.write(`\nMaximum resident set size (kbytes): ${process.resourceUsage().maxRSS}\n`);
});
