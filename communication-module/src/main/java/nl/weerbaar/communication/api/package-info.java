/**
 * The communication module's published language: the commands {@code DecideCommunication} (a later one
 * on the same incident revises it) and {@code ExecuteCommunicationDecision}; {@code RequestFalsehoodCorrection},
 * {@code ApproveFalsehoodCorrection} and {@code RecordFalsehoodCorrectionPublished}; their events (records with
 * {@code @Revision}, texts marked {@code @PersonalData} of the incident), ids and the audiences and
 * participants of a decision. Other modules use only this package.
 */
package nl.weerbaar.communication.api;
