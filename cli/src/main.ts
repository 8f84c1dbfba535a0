// Placeholder until the CLI lands; see issue 2.
console.log('proj');
