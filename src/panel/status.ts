// What the person's view tells the user after an action (inserted, saved, why not): one line in
// a live region, so a screen reader hears it without moving the focus.
export interface Status {
  text: string;
  error: boolean;
}

export type Say = (text: string, error?: boolean) => void;
