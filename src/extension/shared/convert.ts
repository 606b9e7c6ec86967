// Core ranges are already 0-based and LSP-shaped: conversion is a plain copy.
import * as vscode from 'vscode';
import type { Position, Range } from '../../core/light';

export const toPosition = (p: Position) => new vscode.Position(p.line, p.character);
export const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export const fromPosition = (p: vscode.Position): Position => ({ line: p.line, character: p.character });
export const fromRange = (r: vscode.Range): Range => ({ start: fromPosition(r.start), end: fromPosition(r.end) });

export const LANGUAGE_ID = 'imr';
export const isLetterDocument = (doc: vscode.TextDocument) => doc.languageId === LANGUAGE_ID;

/** The document of `uri` when it is open in the editor. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

/** True when `uri` is open in the editor as a letter (its diagnostics are live, not a snapshot). */
export function isOpenLetter(uri: vscode.Uri): boolean {
  const doc = openDocument(uri);
  return doc !== undefined && isLetterDocument(doc);
}
