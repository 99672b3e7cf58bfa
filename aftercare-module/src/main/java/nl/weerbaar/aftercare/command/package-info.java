/**
 * The decision side of aftercare: the {@code Aftercare} aggregate (requested, arranged by whom and with
 * whom, completed, in that order), {@code CaseUpdate} (a step in the criminal case and when and how the
 * official was told, once) and {@code DamageClaim} (route, status, amounts received never exceeding the
 * amount claimed). Package-private. The reaction to a filed criminal complaint needs no command: it is
 * a projection row (see the {@code query} package and docs/architecture.md).
 */
package nl.weerbaar.aftercare.command;
