#!/usr/bin/env node
// The MailZone language server for any LSP client (Neovim, Helix, Emacs, …): speaks LSP over stdio
// unless the client asks for another transport (--node-ipc, --socket=N).
if (!process.argv.slice(2).some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) process.argv.push('--stdio');
require('../dist/server.js');
