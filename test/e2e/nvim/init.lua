-- Headless Neovim (0.7+) as an LSP client of the Minutes server over stdio.
-- Waits for diagnostics, asks for document symbols, writes both as JSON to $MINUTES_OUT, then quits.
local out = os.getenv('MINUTES_OUT')
local server = os.getenv('MINUTES_SERVER')
vim.cmd('filetype on')
vim.filetype = vim.filetype or {}

local function finish(result, code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('cquit ' .. code)
end

local function start()
local client_id = vim.lsp.start_client({
  name = 'minutes',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  on_exit = function(code) if code ~= 0 then io.stderr:write('server exited with ' .. code .. '\n') end end,
})
vim.lsp.buf_attach_client(0, client_id)

local deadline = vim.loop.now() + 15000
local timer = vim.loop.new_timer()
timer:start(100, 100, vim.schedule_wrap(function()
  local diags = vim.diagnostic.get(0)
  if #diags > 0 then
    timer:stop()
    local items = {}
    for _, d in ipairs(diags) do
      table.insert(items, { line = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message, source = d.source })
    end
    local resp = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 5000)
    local symbols = {}
    for _, r in pairs(resp or {}) do
      for _, s in ipairs(r.result or {}) do
        local kids = {}
        for _, c in ipairs(s.children or {}) do table.insert(kids, c.name) end
        table.insert(symbols, { name = s.name, children = kids })
      end
    end
    finish({ diagnostics = items, symbols = symbols }, 0)
  elseif vim.loop.now() > deadline then
    timer:stop()
    finish({ error = 'no diagnostics within 15 s' }, 1)
  end
end))
end

-- init.lua runs before the file is loaded: attach once it is.
vim.api.nvim_create_autocmd('VimEnter', { callback = start })
