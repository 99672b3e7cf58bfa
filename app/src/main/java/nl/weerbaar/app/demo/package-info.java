/**
 * The {@code demo} profile, on by itself when the embedded database is used: demo accounts (all
 * with the password from {@code WEERBAAR_DEMO_PASSWORD}, default {@code demo}), the officials
 * they stand for, and a starting norms framework. Outside this profile there are no default accounts.
 */
package nl.weerbaar.app.demo;
