-- Twin of json_parser.py: Tokenizer, Token, Parser and ParseError are
-- metatables; a ParseError is raised with error() and caught with pcall.
-- Objects are tables marked with the JsonObject metatable, arrays plain
-- sequences, null a sentinel table. Positions are reported 0-based, as in
-- the Python.
local RECORDS = 20
local QUARTERS = {"0", "25", "5", "75"}
local NULL = {}
local JsonObject = {}

local ParseError = {}
ParseError.__index = ParseError
ParseError.__tostring = function(e) return e.message end
function ParseError.new(message, position)
  return setmetatable({message = message .. " at " .. position, position = position}, ParseError)
end
local function raise(message, position) error(ParseError.new(message, position), 0) end

local Token = {}
Token.__index = Token
function Token.new(kind, value, position)
  return setmetatable({kind = kind, value = value, position = position}, Token)
end

local function is_digit(c) return c >= "0" and c <= "9" end
local function is_alpha(c) return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z") end

local Tokenizer = {}
Tokenizer.__index = Tokenizer
function Tokenizer.new(text) return setmetatable({text = text, pos = 1}, Tokenizer) end

function Tokenizer:next_token()
  local text = self.text
  local n = #text
  local pos = self.pos
  while pos <= n do
    local c = text:sub(pos, pos)
    if c ~= " " and c ~= "\t" and c ~= "\r" and c ~= "\n" then break end
    pos = pos + 1
  end
  self.pos = pos
  if pos > n then return Token.new("eof", nil, pos - 1) end
  local c = text:sub(pos, pos)
  if c == "{" or c == "}" or c == "[" or c == "]" or c == ":" or c == "," then
    self.pos = pos + 1
    return Token.new(c, c, pos - 1)
  end
  if c == '"' then return self:read_string() end
  if c == "-" or is_digit(c) then return self:read_number() end
  if is_alpha(c) then return self:read_word() end
  raise("unexpected character '" .. c .. "'", pos - 1)
end

function Tokenizer:read_string()
  local text = self.text
  local n = #text
  local start = self.pos
  local pos = start + 1
  local chars = {}
  while true do
    if pos > n then raise("unterminated string", start - 1) end
    local c = text:sub(pos, pos)
    if c == '"' then break end
    if c == "\\" then
      pos = pos + 1
      if pos > n then raise("unterminated string", start - 1) end
      local escape = text:sub(pos, pos)
      if escape == "n" then chars[#chars + 1] = "\n"
      elseif escape == "t" then chars[#chars + 1] = "\t"
      elseif escape == '"' or escape == "\\" or escape == "/" then chars[#chars + 1] = escape
      else raise("bad escape '" .. escape .. "'", pos - 2) end
    else
      chars[#chars + 1] = c
    end
    pos = pos + 1
  end
  self.pos = pos + 1
  return Token.new("string", table.concat(chars), start - 1)
end

function Tokenizer:read_number()
  local text = self.text
  local n = #text
  local start = self.pos
  local pos = start
  if text:sub(pos, pos) == "-" then pos = pos + 1 end
  local digits = pos
  while pos <= n and is_digit(text:sub(pos, pos)) do pos = pos + 1 end
  if pos == digits then raise("bad number", start - 1) end
  if pos <= n and text:sub(pos, pos) == "." then
    pos = pos + 1
    digits = pos
    while pos <= n and is_digit(text:sub(pos, pos)) do pos = pos + 1 end
    if pos == digits then raise("bad number", start - 1) end
  end
  self.pos = pos
  return Token.new("number", tonumber(text:sub(start, pos - 1)), start - 1)
end

local LITERALS = {["true"] = true, ["false"] = false, ["null"] = NULL}

function Tokenizer:read_word()
  local text = self.text
  local n = #text
  local start = self.pos
  local pos = start
  while pos <= n and is_alpha(text:sub(pos, pos)) do pos = pos + 1 end
  local word = text:sub(start, pos - 1)
  local value = LITERALS[word]
  if value == nil then raise("unknown literal '" .. word .. "'", start - 1) end
  self.pos = pos
  return Token.new("literal", value, start - 1)
end

local Parser = {}
Parser.__index = Parser
function Parser.new(text)
  local p = setmetatable({tokenizer = Tokenizer.new(text)}, Parser)
  p.token = p.tokenizer:next_token()
  return p
end
function Parser:advance()
  local token = self.token
  self.token = self.tokenizer:next_token()
  return token
end
function Parser:expect(kind)
  if self.token.kind ~= kind then
    raise("expected '" .. kind .. "' but found '" .. self.token.kind .. "'", self.token.position)
  end
  return self:advance()
end
function Parser:parse()
  local value = self:parse_value()
  if self.token.kind ~= "eof" then raise("trailing data", self.token.position) end
  return value
end
function Parser:parse_value()
  local kind = self.token.kind
  if kind == "{" then return self:parse_object() end
  if kind == "[" then return self:parse_array() end
  if kind == "string" or kind == "number" or kind == "literal" then return self:advance().value end
  if kind == "eof" then raise("unexpected end of input", self.token.position) end
  raise("unexpected '" .. kind .. "'", self.token.position)
end
function Parser:parse_object()
  self:expect("{")
  local result = setmetatable({}, JsonObject)
  if self.token.kind == "}" then
    self:advance()
    return result
  end
  while true do
    local key = self:expect("string").value
    self:expect(":")
    result[key] = self:parse_value()
    if self.token.kind == "," then
      self:advance()
    else
      self:expect("}")
      return result
    end
  end
end
function Parser:parse_array()
  self:expect("[")
  local result = {}
  if self.token.kind == "]" then
    self:advance()
    return result
  end
  while true do
    result[#result + 1] = self:parse_value()
    if self.token.kind == "," then
      self:advance()
    else
      self:expect("]")
      return result
    end
  end
end

local function checksum(value)
  local t = type(value)
  if t == "string" then return #value end
  if t == "number" then return math.floor(value * 4) end
  if t == "boolean" then return value and 1 or 0 end
  if value == NULL then return 0 end
  if getmetatable(value) == JsonObject then
    local total = 0
    for key, item in pairs(value) do total = total + 1 + #key + checksum(item) end
    return total
  end
  local total = #value
  for _, item in ipairs(value) do total = total + checksum(item) end
  return total
end

local function make_document(seed, count)
  local records = {}
  for i = 0, count - 1 do
    seed = seed * 16807 % 2147483647
    local q = seed % 40000 - 20000
    local sign = q < 0 and "-" or ""
    local aq = math.abs(q)
    local price = string.format("%s%d.%s", sign, math.floor(aq / 4), QUARTERS[aq % 4 + 1])
    local tags = {}
    for k = 0, seed % 5 - 1 do
      tags[#tags + 1] = string.format('"tag%d"', (math.floor(seed / 7) + k) % 13)
    end
    local active = seed % 3 == 0 and "true" or "false"
    local parent = i == 0 and "null" or string.format("%d", i - 1)
    records[#records + 1] = string.format(
      '    {"id": %d, "name": "item \\"%d\\"\\tx", "price": %s, "tags": [%s], "active": %s, "parent": %s,\n'
      .. '     "size": {"w": %d, "h": %d, "ratio": -%d.5, "unit": "cm"}}',
      i, seed % 1000, price, table.concat(tags, ", "), active, parent, seed % 17, seed % 23, seed % 9)
  end
  return string.format('{"version": 1, "seed": %d,\n  "records": [\n%s\n  ],\n  "empty": {}, "none": []}\n',
    seed % 100000, table.concat(records, ",\n"))
end

local function parse(text) return Parser.new(text):parse() end

local function main(n)
  local documents = {}
  for seed = 1, 6 do documents[seed] = make_document(seed, RECORDS) end
  local malformed = {
    documents[1]:sub(1, math.floor(#documents[1] / 2)),
    '{"a": [1, 2, tru]}',
    '{"a": "abc',
    "[1 2]",
    '{"a": 1,}',
    '{"a": @}',
  }
  for _, text in ipairs(malformed) do
    local ok, err = pcall(parse, text)
    if not ok then
      if getmetatable(err) ~= ParseError then error(err, 0) end
      print(tostring(err))
    end
  end
  local inputs = {}
  for _, d in ipairs(documents) do inputs[#inputs + 1] = d end
  for _, d in ipairs(malformed) do inputs[#inputs + 1] = d end
  local total, parsed, errors, error_positions = 0, 0, 0, 0
  for i = 0, n - 1 do
    local text = inputs[i % #inputs + 1]
    local ok, value = pcall(parse, text)
    if ok then
      parsed = parsed + 1
      total = total + checksum(value)
    else
      if getmetatable(value) ~= ParseError then error(value, 0) end
      errors = errors + 1
      error_positions = error_positions + value.position
    end
  end
  print(string.format("%d parsed, %d errors at %d, checksum %d", parsed, errors, error_positions, total))
end

main(tonumber(arg[1]) or 120)
