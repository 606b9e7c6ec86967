// Core ranges are already 0-based and LSP-shaped: conversion is a plain copy.
import * as vscode from 'vscode';
import type { Position, Range } from '../core/index';

export const toPosition = (p: Position) => new vscode.Position(p.line, p.character);
export const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export const fromPosition = (p: vscode.Position): Position => ({ line: p.line, character: p.character });
export const fromRange = (r: vscode.Range): Range => ({ start: fromPosition(r.start), end: fromPosition(r.end) });

export const LANGUAGE_ID = 'imr';
export const isLetterDocument = (doc: vscode.TextDocument) => doc.languageId === LANGUAGE_ID;
