// The Experience and Education sections below a profile's top card, read by structure (keys,
// ids, aria, then headings in English or French): the names they list, for telling company
// from school (see profile-company.ts).
import { foldName, squash } from '../../domain/text/fold';
import { queryAll, queryAllFirst } from './dom';
import type { ProfileSections } from './profile-company';
import { selectors } from './selectors';

/**
 * The smallest block around a section's marker that holds lines outside it: the marker itself
 * when it wraps the entries (as the Topcard key's div wraps the card), the block around an
 * empty anchor or a heading otherwise. Never a block that holds a fence (the top card, the
 * other section's marker): that would be the whole page.
 */
function sectionAround(marker: Element, fences: readonly Element[]): Element | null {
  const lines = selectors.profile.sectionLine.join(',');
  for (let node: Element | null = marker; node && node !== marker.ownerDocument.body; node = node.parentElement) {
    const here = node;
    if (fences.some((fence) => fence !== marker && here.contains(fence))) return null;
    // A heading marks its section without holding its lines: the block around it does.
    if (here === marker && here.matches(selectors.profile.sectionHeading.join(','))) continue;
    if ([...here.querySelectorAll(lines)].some((line) => here === marker || !marker.contains(line))) return here;
  }
  return null;
}

/** A section's marker: its key, id or label, else a heading that reads "Experience", "Formation"… outside the card. */
function sectionMarker(doc: Document, card: Element | null, markers: readonly string[], labels: readonly string[]): Element | null {
  for (const selector of markers) {
    const found = [...doc.querySelectorAll(selector)].find((el) => !card?.contains(el));
    if (found) return found;
  }
  const wanted = new Set(labels.map(foldName));
  return (
    queryAll(doc, selectors.profile.sectionHeading).find((h) => !card?.contains(h) && wanted.has(foldName(h.textContent ?? ''))) ?? null
  );
}

/** Each line's text once, in page order. A link around paragraphs is no line: its text runs theirs together. */
function linesOf(root: Element): string[] {
  const found = queryAll(root, selectors.profile.sectionLine);
  const lines = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  return [...new Set(lines.map((el) => squash(el.textContent)))].filter((text) => text !== '');
}

/** The section's entries, outermost only (a company's grouped roles are one entry); the whole section when it shows none. */
function entriesOf(section: Element): Element[] {
  const entries = queryAllFirst(section, selectors.profile.sectionEntry);
  const outer = entries.filter((entry) => !entries.some((other) => other !== entry && other.contains(entry)));
  return outer.length > 0 ? outer : [section];
}

/**
 * The Experience and Education sections below the card, read by structure (keys, ids, aria,
 * then headings in English or French): each section's names, for telling company from school.
 */
export function profileSections(doc: Document, card: Element | null): ProfileSections {
  const experienceMarker = sectionMarker(doc, card, selectors.profile.experienceSection, selectors.profile.experienceLabels);
  const educationMarker = sectionMarker(doc, card, selectors.profile.educationSection, selectors.profile.educationLabels);
  const fences = [card, experienceMarker, educationMarker].filter((el): el is Element => el !== null);
  const experience = experienceMarker && sectionAround(experienceMarker, fences);
  const education = educationMarker && sectionAround(educationMarker, fences);
  return {
    experience: experience ? entriesOf(experience).map(linesOf) : null,
    education: education ? linesOf(education) : null,
  };
}
