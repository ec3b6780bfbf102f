/**
 * Subscriptions and notifications: what people follow (a sector, an agency, a region, a saved search,
 * one draft), the events other features fire where things happen (recorded in their transaction),
 * the fan-out of an event to the people it concerns (one set operation in the database), delivery in
 * the portal, by e-mail at once or in daily and weekly digests (claimed on {@code platform.claim}),
 * one-click unsubscribe, and the public Atom feeds. Observes other features' events; no feature
 * depends on it. See docs/notifications.md.
 */
package uz.muhokama.notification;
