// Placeholder: the language server is being written.
