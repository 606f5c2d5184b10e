// Placeholder: the CLI is being written.
console.log('mailzone');
