"""Push channels: reminders and briefings to team chats (企业微信, 钉钉, 飞书 group robots) and
email, so that a deadline reaches a person away from the PC. The only network CaseWatch uses
is these outbound pushes, to addresses the user configured."""
