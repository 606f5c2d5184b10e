/**
 * What the editor knows about one tag of a mail record: hover text (phrase key `<area>.tag.<name>`),
 * the RFC section, and the values completion offers.
 */
export interface TagInfo {
  name: string;
  section: string;
  /** Allowed values (or the usual ones) offered by completion; free-form when absent. */
  values?: readonly string[];
  /** Snippet body inserted after `name=` when completing the tag. */
  snippet?: string;
}

export function tagInfoByName(infos: readonly TagInfo[], name: string, ignoreCase = false): TagInfo | undefined {
  const wanted = ignoreCase ? name.toLowerCase() : name;
  return infos.find((info) => (ignoreCase ? info.name.toLowerCase() : info.name) === wanted);
}
