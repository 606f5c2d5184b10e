export { applyEdits, diffAsEdit, rangesConflict, stripSnippet, OverlappingEditsError } from './apply-edits';
export { automaticFix, selectFixes, type FixSelection } from './select-fixes';
export { fixAll, fixAllEdits, DEFAULT_MAX_PASSES, type FixAllOptions, type FixAllResult, type LintFiles } from './fix-all';
