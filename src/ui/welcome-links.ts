// Where the first run sends the user outside the extension (shared by the welcome view and the popup).

/** "Open LinkedIn messaging": the user picks the conversation there. */
export const LINKEDIN_MESSAGING = 'https://www.linkedin.com/messaging/';
