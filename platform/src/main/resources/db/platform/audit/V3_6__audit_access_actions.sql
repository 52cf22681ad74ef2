-- The audit log also lists who granted or revoked a partner's access to the organisation's results.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('read', 'export', 'grant', 'revoke'));
