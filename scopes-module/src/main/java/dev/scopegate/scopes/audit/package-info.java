/**
 * The audit trail: who changed what, when and from where, and which authentications were
 * refused. Modules record their changes through {@link dev.scopegate.scopes.audit.AuditTrail};
 * admins read the trail at {@code GET /api/v1/audit}.
 */
package dev.scopegate.scopes.audit;
