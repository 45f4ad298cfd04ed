package vn.grassroots.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.grassroots.access.AccountService;
import vn.grassroots.audit.AuditTrail;

/** Audits every login attempt and counts failures towards the lockout. */
@Component
class LoginAudit {

	private final AccountService accounts;

	private final AuditTrail audit;

	LoginAudit(AccountService accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		String name = event.getAuthentication().getName();
		this.accounts.loginSucceeded(name);
		this.audit.recordIndependently(name, "login.success", null);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		// API logins (HTTP Basic) are not interactive; reset failures without flooding
		// the log
		this.accounts.loginSucceeded(event.getAuthentication().getName());
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.accounts.loginFailed(name);
		}
		this.audit.recordIndependently(name, "login.failure", event.getException().getClass().getSimpleName());
	}

}
