/** Where the projector view of a room opens (a new tab for the room's screen). */
export const projectorPath = (roomId: number) => `/live/${roomId}/projektor`;

/** The room's join QR code, served by the API as SVG (the trainer's panel and the projector). */
export const qrPath = (roomId: number) => `/api/v1/live/rooms/${roomId}/qr.svg`;
