# A long elif chain (CPython compiles up to about 2990 branches).
def classify(x):
    if x == 0:
        return "zero"
    elif x == 1:
        return "n1"
    elif x == 2:
        return "n2"
    elif x == 3:
        return "n3"
    elif x == 4:
        return "n4"
    elif x == 5:
        return "n5"
    elif x == 6:
        return "n6"
    elif x == 7:
        return "n7"
    elif x == 8:
        return "n8"
    elif x == 9:
        return "n9"
    elif x == 10:
        return "n10"
    elif x == 11:
        return "n11"
    elif x == 12:
        return "n12"
    elif x == 13:
        return "n13"
    elif x == 14:
        return "n14"
    elif x == 15:
        return "n15"
    elif x == 16:
        return "n16"
    elif x == 17:
        return "n17"
    elif x == 18:
        return "n18"
    elif x == 19:
        return "n19"
    elif x == 20:
        return "n20"
    elif x == 21:
        return "n21"
    elif x == 22:
        return "n22"
    elif x == 23:
        return "n23"
    elif x == 24:
        return "n24"
    elif x == 25:
        return "n25"
    elif x == 26:
        return "n26"
    elif x == 27:
        return "n27"
    elif x == 28:
        return "n28"
    elif x == 29:
        return "n29"
    elif x == 30:
        return "n30"
    elif x == 31:
        return "n31"
    elif x == 32:
        return "n32"
    elif x == 33:
        return "n33"
    elif x == 34:
        return "n34"
    elif x == 35:
        return "n35"
    elif x == 36:
        return "n36"
    elif x == 37:
        return "n37"
    elif x == 38:
        return "n38"
    elif x == 39:
        return "n39"
    elif x == 40:
        return "n40"
    elif x == 41:
        return "n41"
    elif x == 42:
        return "n42"
    elif x == 43:
        return "n43"
    elif x == 44:
        return "n44"
    elif x == 45:
        return "n45"
    elif x == 46:
        return "n46"
    elif x == 47:
        return "n47"
    elif x == 48:
        return "n48"
    elif x == 49:
        return "n49"
    elif x == 50:
        return "n50"
    elif x == 51:
        return "n51"
    elif x == 52:
        return "n52"
    elif x == 53:
        return "n53"
    elif x == 54:
        return "n54"
    elif x == 55:
        return "n55"
    elif x == 56:
        return "n56"
    elif x == 57:
        return "n57"
    elif x == 58:
        return "n58"
    elif x == 59:
        return "n59"
    elif x == 60:
        return "n60"
    elif x == 61:
        return "n61"
    elif x == 62:
        return "n62"
    elif x == 63:
        return "n63"
    elif x == 64:
        return "n64"
    elif x == 65:
        return "n65"
    elif x == 66:
        return "n66"
    elif x == 67:
        return "n67"
    elif x == 68:
        return "n68"
    elif x == 69:
        return "n69"
    elif x == 70:
        return "n70"
    elif x == 71:
        return "n71"
    elif x == 72:
        return "n72"
    elif x == 73:
        return "n73"
    elif x == 74:
        return "n74"
    elif x == 75:
        return "n75"
    elif x == 76:
        return "n76"
    elif x == 77:
        return "n77"
    elif x == 78:
        return "n78"
    elif x == 79:
        return "n79"
    elif x == 80:
        return "n80"
    elif x == 81:
        return "n81"
    elif x == 82:
        return "n82"
    elif x == 83:
        return "n83"
    elif x == 84:
        return "n84"
    elif x == 85:
        return "n85"
    elif x == 86:
        return "n86"
    elif x == 87:
        return "n87"
    elif x == 88:
        return "n88"
    elif x == 89:
        return "n89"
    elif x == 90:
        return "n90"
    elif x == 91:
        return "n91"
    elif x == 92:
        return "n92"
    elif x == 93:
        return "n93"
    elif x == 94:
        return "n94"
    elif x == 95:
        return "n95"
    elif x == 96:
        return "n96"
    elif x == 97:
        return "n97"
    elif x == 98:
        return "n98"
    elif x == 99:
        return "n99"
    elif x == 100:
        return "n100"
    elif x == 101:
        return "n101"
    elif x == 102:
        return "n102"
    elif x == 103:
        return "n103"
    elif x == 104:
        return "n104"
    elif x == 105:
        return "n105"
    elif x == 106:
        return "n106"
    elif x == 107:
        return "n107"
    elif x == 108:
        return "n108"
    elif x == 109:
        return "n109"
    elif x == 110:
        return "n110"
    elif x == 111:
        return "n111"
    elif x == 112:
        return "n112"
    elif x == 113:
        return "n113"
    elif x == 114:
        return "n114"
    elif x == 115:
        return "n115"
    elif x == 116:
        return "n116"
    elif x == 117:
        return "n117"
    elif x == 118:
        return "n118"
    elif x == 119:
        return "n119"
    elif x == 120:
        return "n120"
    elif x == 121:
        return "n121"
    elif x == 122:
        return "n122"
    elif x == 123:
        return "n123"
    elif x == 124:
        return "n124"
    elif x == 125:
        return "n125"
    elif x == 126:
        return "n126"
    elif x == 127:
        return "n127"
    elif x == 128:
        return "n128"
    elif x == 129:
        return "n129"
    elif x == 130:
        return "n130"
    elif x == 131:
        return "n131"
    elif x == 132:
        return "n132"
    elif x == 133:
        return "n133"
    elif x == 134:
        return "n134"
    elif x == 135:
        return "n135"
    elif x == 136:
        return "n136"
    elif x == 137:
        return "n137"
    elif x == 138:
        return "n138"
    elif x == 139:
        return "n139"
    elif x == 140:
        return "n140"
    elif x == 141:
        return "n141"
    elif x == 142:
        return "n142"
    elif x == 143:
        return "n143"
    elif x == 144:
        return "n144"
    elif x == 145:
        return "n145"
    elif x == 146:
        return "n146"
    elif x == 147:
        return "n147"
    elif x == 148:
        return "n148"
    elif x == 149:
        return "n149"
    elif x == 150:
        return "n150"
    elif x == 151:
        return "n151"
    elif x == 152:
        return "n152"
    elif x == 153:
        return "n153"
    elif x == 154:
        return "n154"
    elif x == 155:
        return "n155"
    elif x == 156:
        return "n156"
    elif x == 157:
        return "n157"
    elif x == 158:
        return "n158"
    elif x == 159:
        return "n159"
    elif x == 160:
        return "n160"
    elif x == 161:
        return "n161"
    elif x == 162:
        return "n162"
    elif x == 163:
        return "n163"
    elif x == 164:
        return "n164"
    elif x == 165:
        return "n165"
    elif x == 166:
        return "n166"
    elif x == 167:
        return "n167"
    elif x == 168:
        return "n168"
    elif x == 169:
        return "n169"
    elif x == 170:
        return "n170"
    elif x == 171:
        return "n171"
    elif x == 172:
        return "n172"
    elif x == 173:
        return "n173"
    elif x == 174:
        return "n174"
    elif x == 175:
        return "n175"
    elif x == 176:
        return "n176"
    elif x == 177:
        return "n177"
    elif x == 178:
        return "n178"
    elif x == 179:
        return "n179"
    elif x == 180:
        return "n180"
    elif x == 181:
        return "n181"
    elif x == 182:
        return "n182"
    elif x == 183:
        return "n183"
    elif x == 184:
        return "n184"
    elif x == 185:
        return "n185"
    elif x == 186:
        return "n186"
    elif x == 187:
        return "n187"
    elif x == 188:
        return "n188"
    elif x == 189:
        return "n189"
    elif x == 190:
        return "n190"
    elif x == 191:
        return "n191"
    elif x == 192:
        return "n192"
    elif x == 193:
        return "n193"
    elif x == 194:
        return "n194"
    elif x == 195:
        return "n195"
    elif x == 196:
        return "n196"
    elif x == 197:
        return "n197"
    elif x == 198:
        return "n198"
    elif x == 199:
        return "n199"
    elif x == 200:
        return "n200"
    elif x == 201:
        return "n201"
    elif x == 202:
        return "n202"
    elif x == 203:
        return "n203"
    elif x == 204:
        return "n204"
    elif x == 205:
        return "n205"
    elif x == 206:
        return "n206"
    elif x == 207:
        return "n207"
    elif x == 208:
        return "n208"
    elif x == 209:
        return "n209"
    elif x == 210:
        return "n210"
    elif x == 211:
        return "n211"
    elif x == 212:
        return "n212"
    elif x == 213:
        return "n213"
    elif x == 214:
        return "n214"
    elif x == 215:
        return "n215"
    elif x == 216:
        return "n216"
    elif x == 217:
        return "n217"
    elif x == 218:
        return "n218"
    elif x == 219:
        return "n219"
    elif x == 220:
        return "n220"
    elif x == 221:
        return "n221"
    elif x == 222:
        return "n222"
    elif x == 223:
        return "n223"
    elif x == 224:
        return "n224"
    elif x == 225:
        return "n225"
    elif x == 226:
        return "n226"
    elif x == 227:
        return "n227"
    elif x == 228:
        return "n228"
    elif x == 229:
        return "n229"
    elif x == 230:
        return "n230"
    elif x == 231:
        return "n231"
    elif x == 232:
        return "n232"
    elif x == 233:
        return "n233"
    elif x == 234:
        return "n234"
    elif x == 235:
        return "n235"
    elif x == 236:
        return "n236"
    elif x == 237:
        return "n237"
    elif x == 238:
        return "n238"
    elif x == 239:
        return "n239"
    elif x == 240:
        return "n240"
    elif x == 241:
        return "n241"
    elif x == 242:
        return "n242"
    elif x == 243:
        return "n243"
    elif x == 244:
        return "n244"
    elif x == 245:
        return "n245"
    elif x == 246:
        return "n246"
    elif x == 247:
        return "n247"
    elif x == 248:
        return "n248"
    elif x == 249:
        return "n249"
    elif x == 250:
        return "n250"
    elif x == 251:
        return "n251"
    elif x == 252:
        return "n252"
    elif x == 253:
        return "n253"
    elif x == 254:
        return "n254"
    elif x == 255:
        return "n255"
    elif x == 256:
        return "n256"
    elif x == 257:
        return "n257"
    elif x == 258:
        return "n258"
    elif x == 259:
        return "n259"
    elif x == 260:
        return "n260"
    elif x == 261:
        return "n261"
    elif x == 262:
        return "n262"
    elif x == 263:
        return "n263"
    elif x == 264:
        return "n264"
    elif x == 265:
        return "n265"
    elif x == 266:
        return "n266"
    elif x == 267:
        return "n267"
    elif x == 268:
        return "n268"
    elif x == 269:
        return "n269"
    elif x == 270:
        return "n270"
    elif x == 271:
        return "n271"
    elif x == 272:
        return "n272"
    elif x == 273:
        return "n273"
    elif x == 274:
        return "n274"
    elif x == 275:
        return "n275"
    elif x == 276:
        return "n276"
    elif x == 277:
        return "n277"
    elif x == 278:
        return "n278"
    elif x == 279:
        return "n279"
    elif x == 280:
        return "n280"
    elif x == 281:
        return "n281"
    elif x == 282:
        return "n282"
    elif x == 283:
        return "n283"
    elif x == 284:
        return "n284"
    elif x == 285:
        return "n285"
    elif x == 286:
        return "n286"
    elif x == 287:
        return "n287"
    elif x == 288:
        return "n288"
    elif x == 289:
        return "n289"
    elif x == 290:
        return "n290"
    elif x == 291:
        return "n291"
    elif x == 292:
        return "n292"
    elif x == 293:
        return "n293"
    elif x == 294:
        return "n294"
    elif x == 295:
        return "n295"
    elif x == 296:
        return "n296"
    elif x == 297:
        return "n297"
    elif x == 298:
        return "n298"
    elif x == 299:
        return "n299"
    elif x == 300:
        return "n300"
    elif x == 301:
        return "n301"
    elif x == 302:
        return "n302"
    elif x == 303:
        return "n303"
    elif x == 304:
        return "n304"
    elif x == 305:
        return "n305"
    elif x == 306:
        return "n306"
    elif x == 307:
        return "n307"
    elif x == 308:
        return "n308"
    elif x == 309:
        return "n309"
    elif x == 310:
        return "n310"
    elif x == 311:
        return "n311"
    elif x == 312:
        return "n312"
    elif x == 313:
        return "n313"
    elif x == 314:
        return "n314"
    elif x == 315:
        return "n315"
    elif x == 316:
        return "n316"
    elif x == 317:
        return "n317"
    elif x == 318:
        return "n318"
    elif x == 319:
        return "n319"
    elif x == 320:
        return "n320"
    elif x == 321:
        return "n321"
    elif x == 322:
        return "n322"
    elif x == 323:
        return "n323"
    elif x == 324:
        return "n324"
    elif x == 325:
        return "n325"
    elif x == 326:
        return "n326"
    elif x == 327:
        return "n327"
    elif x == 328:
        return "n328"
    elif x == 329:
        return "n329"
    elif x == 330:
        return "n330"
    elif x == 331:
        return "n331"
    elif x == 332:
        return "n332"
    elif x == 333:
        return "n333"
    elif x == 334:
        return "n334"
    elif x == 335:
        return "n335"
    elif x == 336:
        return "n336"
    elif x == 337:
        return "n337"
    elif x == 338:
        return "n338"
    elif x == 339:
        return "n339"
    elif x == 340:
        return "n340"
    elif x == 341:
        return "n341"
    elif x == 342:
        return "n342"
    elif x == 343:
        return "n343"
    elif x == 344:
        return "n344"
    elif x == 345:
        return "n345"
    elif x == 346:
        return "n346"
    elif x == 347:
        return "n347"
    elif x == 348:
        return "n348"
    elif x == 349:
        return "n349"
    elif x == 350:
        return "n350"
    elif x == 351:
        return "n351"
    elif x == 352:
        return "n352"
    elif x == 353:
        return "n353"
    elif x == 354:
        return "n354"
    elif x == 355:
        return "n355"
    elif x == 356:
        return "n356"
    elif x == 357:
        return "n357"
    elif x == 358:
        return "n358"
    elif x == 359:
        return "n359"
    elif x == 360:
        return "n360"
    elif x == 361:
        return "n361"
    elif x == 362:
        return "n362"
    elif x == 363:
        return "n363"
    elif x == 364:
        return "n364"
    elif x == 365:
        return "n365"
    elif x == 366:
        return "n366"
    elif x == 367:
        return "n367"
    elif x == 368:
        return "n368"
    elif x == 369:
        return "n369"
    elif x == 370:
        return "n370"
    elif x == 371:
        return "n371"
    elif x == 372:
        return "n372"
    elif x == 373:
        return "n373"
    elif x == 374:
        return "n374"
    elif x == 375:
        return "n375"
    elif x == 376:
        return "n376"
    elif x == 377:
        return "n377"
    elif x == 378:
        return "n378"
    elif x == 379:
        return "n379"
    elif x == 380:
        return "n380"
    elif x == 381:
        return "n381"
    elif x == 382:
        return "n382"
    elif x == 383:
        return "n383"
    elif x == 384:
        return "n384"
    elif x == 385:
        return "n385"
    elif x == 386:
        return "n386"
    elif x == 387:
        return "n387"
    elif x == 388:
        return "n388"
    elif x == 389:
        return "n389"
    elif x == 390:
        return "n390"
    elif x == 391:
        return "n391"
    elif x == 392:
        return "n392"
    elif x == 393:
        return "n393"
    elif x == 394:
        return "n394"
    elif x == 395:
        return "n395"
    elif x == 396:
        return "n396"
    elif x == 397:
        return "n397"
    elif x == 398:
        return "n398"
    elif x == 399:
        return "n399"
    elif x == 400:
        return "n400"
    elif x == 401:
        return "n401"
    elif x == 402:
        return "n402"
    elif x == 403:
        return "n403"
    elif x == 404:
        return "n404"
    elif x == 405:
        return "n405"
    elif x == 406:
        return "n406"
    elif x == 407:
        return "n407"
    elif x == 408:
        return "n408"
    elif x == 409:
        return "n409"
    elif x == 410:
        return "n410"
    elif x == 411:
        return "n411"
    elif x == 412:
        return "n412"
    elif x == 413:
        return "n413"
    elif x == 414:
        return "n414"
    elif x == 415:
        return "n415"
    elif x == 416:
        return "n416"
    elif x == 417:
        return "n417"
    elif x == 418:
        return "n418"
    elif x == 419:
        return "n419"
    elif x == 420:
        return "n420"
    elif x == 421:
        return "n421"
    elif x == 422:
        return "n422"
    elif x == 423:
        return "n423"
    elif x == 424:
        return "n424"
    elif x == 425:
        return "n425"
    elif x == 426:
        return "n426"
    elif x == 427:
        return "n427"
    elif x == 428:
        return "n428"
    elif x == 429:
        return "n429"
    elif x == 430:
        return "n430"
    elif x == 431:
        return "n431"
    elif x == 432:
        return "n432"
    elif x == 433:
        return "n433"
    elif x == 434:
        return "n434"
    elif x == 435:
        return "n435"
    elif x == 436:
        return "n436"
    elif x == 437:
        return "n437"
    elif x == 438:
        return "n438"
    elif x == 439:
        return "n439"
    elif x == 440:
        return "n440"
    elif x == 441:
        return "n441"
    elif x == 442:
        return "n442"
    elif x == 443:
        return "n443"
    elif x == 444:
        return "n444"
    elif x == 445:
        return "n445"
    elif x == 446:
        return "n446"
    elif x == 447:
        return "n447"
    elif x == 448:
        return "n448"
    elif x == 449:
        return "n449"
    elif x == 450:
        return "n450"
    elif x == 451:
        return "n451"
    elif x == 452:
        return "n452"
    elif x == 453:
        return "n453"
    elif x == 454:
        return "n454"
    elif x == 455:
        return "n455"
    elif x == 456:
        return "n456"
    elif x == 457:
        return "n457"
    elif x == 458:
        return "n458"
    elif x == 459:
        return "n459"
    elif x == 460:
        return "n460"
    elif x == 461:
        return "n461"
    elif x == 462:
        return "n462"
    elif x == 463:
        return "n463"
    elif x == 464:
        return "n464"
    elif x == 465:
        return "n465"
    elif x == 466:
        return "n466"
    elif x == 467:
        return "n467"
    elif x == 468:
        return "n468"
    elif x == 469:
        return "n469"
    elif x == 470:
        return "n470"
    elif x == 471:
        return "n471"
    elif x == 472:
        return "n472"
    elif x == 473:
        return "n473"
    elif x == 474:
        return "n474"
    elif x == 475:
        return "n475"
    elif x == 476:
        return "n476"
    elif x == 477:
        return "n477"
    elif x == 478:
        return "n478"
    elif x == 479:
        return "n479"
    elif x == 480:
        return "n480"
    elif x == 481:
        return "n481"
    elif x == 482:
        return "n482"
    elif x == 483:
        return "n483"
    elif x == 484:
        return "n484"
    elif x == 485:
        return "n485"
    elif x == 486:
        return "n486"
    elif x == 487:
        return "n487"
    elif x == 488:
        return "n488"
    elif x == 489:
        return "n489"
    elif x == 490:
        return "n490"
    elif x == 491:
        return "n491"
    elif x == 492:
        return "n492"
    elif x == 493:
        return "n493"
    elif x == 494:
        return "n494"
    elif x == 495:
        return "n495"
    elif x == 496:
        return "n496"
    elif x == 497:
        return "n497"
    elif x == 498:
        return "n498"
    elif x == 499:
        return "n499"
    elif x == 500:
        return "n500"
    elif x == 501:
        return "n501"
    elif x == 502:
        return "n502"
    elif x == 503:
        return "n503"
    elif x == 504:
        return "n504"
    elif x == 505:
        return "n505"
    elif x == 506:
        return "n506"
    elif x == 507:
        return "n507"
    elif x == 508:
        return "n508"
    elif x == 509:
        return "n509"
    elif x == 510:
        return "n510"
    elif x == 511:
        return "n511"
    elif x == 512:
        return "n512"
    elif x == 513:
        return "n513"
    elif x == 514:
        return "n514"
    elif x == 515:
        return "n515"
    elif x == 516:
        return "n516"
    elif x == 517:
        return "n517"
    elif x == 518:
        return "n518"
    elif x == 519:
        return "n519"
    elif x == 520:
        return "n520"
    elif x == 521:
        return "n521"
    elif x == 522:
        return "n522"
    elif x == 523:
        return "n523"
    elif x == 524:
        return "n524"
    elif x == 525:
        return "n525"
    elif x == 526:
        return "n526"
    elif x == 527:
        return "n527"
    elif x == 528:
        return "n528"
    elif x == 529:
        return "n529"
    elif x == 530:
        return "n530"
    elif x == 531:
        return "n531"
    elif x == 532:
        return "n532"
    elif x == 533:
        return "n533"
    elif x == 534:
        return "n534"
    elif x == 535:
        return "n535"
    elif x == 536:
        return "n536"
    elif x == 537:
        return "n537"
    elif x == 538:
        return "n538"
    elif x == 539:
        return "n539"
    elif x == 540:
        return "n540"
    elif x == 541:
        return "n541"
    elif x == 542:
        return "n542"
    elif x == 543:
        return "n543"
    elif x == 544:
        return "n544"
    elif x == 545:
        return "n545"
    elif x == 546:
        return "n546"
    elif x == 547:
        return "n547"
    elif x == 548:
        return "n548"
    elif x == 549:
        return "n549"
    elif x == 550:
        return "n550"
    elif x == 551:
        return "n551"
    elif x == 552:
        return "n552"
    elif x == 553:
        return "n553"
    elif x == 554:
        return "n554"
    elif x == 555:
        return "n555"
    elif x == 556:
        return "n556"
    elif x == 557:
        return "n557"
    elif x == 558:
        return "n558"
    elif x == 559:
        return "n559"
    elif x == 560:
        return "n560"
    elif x == 561:
        return "n561"
    elif x == 562:
        return "n562"
    elif x == 563:
        return "n563"
    elif x == 564:
        return "n564"
    elif x == 565:
        return "n565"
    elif x == 566:
        return "n566"
    elif x == 567:
        return "n567"
    elif x == 568:
        return "n568"
    elif x == 569:
        return "n569"
    elif x == 570:
        return "n570"
    elif x == 571:
        return "n571"
    elif x == 572:
        return "n572"
    elif x == 573:
        return "n573"
    elif x == 574:
        return "n574"
    elif x == 575:
        return "n575"
    elif x == 576:
        return "n576"
    elif x == 577:
        return "n577"
    elif x == 578:
        return "n578"
    elif x == 579:
        return "n579"
    elif x == 580:
        return "n580"
    elif x == 581:
        return "n581"
    elif x == 582:
        return "n582"
    elif x == 583:
        return "n583"
    elif x == 584:
        return "n584"
    elif x == 585:
        return "n585"
    elif x == 586:
        return "n586"
    elif x == 587:
        return "n587"
    elif x == 588:
        return "n588"
    elif x == 589:
        return "n589"
    elif x == 590:
        return "n590"
    elif x == 591:
        return "n591"
    elif x == 592:
        return "n592"
    elif x == 593:
        return "n593"
    elif x == 594:
        return "n594"
    elif x == 595:
        return "n595"
    elif x == 596:
        return "n596"
    elif x == 597:
        return "n597"
    elif x == 598:
        return "n598"
    elif x == 599:
        return "n599"
    elif x == 600:
        return "n600"
    elif x == 601:
        return "n601"
    elif x == 602:
        return "n602"
    elif x == 603:
        return "n603"
    elif x == 604:
        return "n604"
    elif x == 605:
        return "n605"
    elif x == 606:
        return "n606"
    elif x == 607:
        return "n607"
    elif x == 608:
        return "n608"
    elif x == 609:
        return "n609"
    elif x == 610:
        return "n610"
    elif x == 611:
        return "n611"
    elif x == 612:
        return "n612"
    elif x == 613:
        return "n613"
    elif x == 614:
        return "n614"
    elif x == 615:
        return "n615"
    elif x == 616:
        return "n616"
    elif x == 617:
        return "n617"
    elif x == 618:
        return "n618"
    elif x == 619:
        return "n619"
    elif x == 620:
        return "n620"
    elif x == 621:
        return "n621"
    elif x == 622:
        return "n622"
    elif x == 623:
        return "n623"
    elif x == 624:
        return "n624"
    elif x == 625:
        return "n625"
    elif x == 626:
        return "n626"
    elif x == 627:
        return "n627"
    elif x == 628:
        return "n628"
    elif x == 629:
        return "n629"
    elif x == 630:
        return "n630"
    elif x == 631:
        return "n631"
    elif x == 632:
        return "n632"
    elif x == 633:
        return "n633"
    elif x == 634:
        return "n634"
    elif x == 635:
        return "n635"
    elif x == 636:
        return "n636"
    elif x == 637:
        return "n637"
    elif x == 638:
        return "n638"
    elif x == 639:
        return "n639"
    elif x == 640:
        return "n640"
    elif x == 641:
        return "n641"
    elif x == 642:
        return "n642"
    elif x == 643:
        return "n643"
    elif x == 644:
        return "n644"
    elif x == 645:
        return "n645"
    elif x == 646:
        return "n646"
    elif x == 647:
        return "n647"
    elif x == 648:
        return "n648"
    elif x == 649:
        return "n649"
    elif x == 650:
        return "n650"
    elif x == 651:
        return "n651"
    elif x == 652:
        return "n652"
    elif x == 653:
        return "n653"
    elif x == 654:
        return "n654"
    elif x == 655:
        return "n655"
    elif x == 656:
        return "n656"
    elif x == 657:
        return "n657"
    elif x == 658:
        return "n658"
    elif x == 659:
        return "n659"
    elif x == 660:
        return "n660"
    elif x == 661:
        return "n661"
    elif x == 662:
        return "n662"
    elif x == 663:
        return "n663"
    elif x == 664:
        return "n664"
    elif x == 665:
        return "n665"
    elif x == 666:
        return "n666"
    elif x == 667:
        return "n667"
    elif x == 668:
        return "n668"
    elif x == 669:
        return "n669"
    elif x == 670:
        return "n670"
    elif x == 671:
        return "n671"
    elif x == 672:
        return "n672"
    elif x == 673:
        return "n673"
    elif x == 674:
        return "n674"
    elif x == 675:
        return "n675"
    elif x == 676:
        return "n676"
    elif x == 677:
        return "n677"
    elif x == 678:
        return "n678"
    elif x == 679:
        return "n679"
    elif x == 680:
        return "n680"
    elif x == 681:
        return "n681"
    elif x == 682:
        return "n682"
    elif x == 683:
        return "n683"
    elif x == 684:
        return "n684"
    elif x == 685:
        return "n685"
    elif x == 686:
        return "n686"
    elif x == 687:
        return "n687"
    elif x == 688:
        return "n688"
    elif x == 689:
        return "n689"
    elif x == 690:
        return "n690"
    elif x == 691:
        return "n691"
    elif x == 692:
        return "n692"
    elif x == 693:
        return "n693"
    elif x == 694:
        return "n694"
    elif x == 695:
        return "n695"
    elif x == 696:
        return "n696"
    elif x == 697:
        return "n697"
    elif x == 698:
        return "n698"
    elif x == 699:
        return "n699"
    elif x == 700:
        return "n700"
    elif x == 701:
        return "n701"
    elif x == 702:
        return "n702"
    elif x == 703:
        return "n703"
    elif x == 704:
        return "n704"
    elif x == 705:
        return "n705"
    elif x == 706:
        return "n706"
    elif x == 707:
        return "n707"
    elif x == 708:
        return "n708"
    elif x == 709:
        return "n709"
    elif x == 710:
        return "n710"
    elif x == 711:
        return "n711"
    elif x == 712:
        return "n712"
    elif x == 713:
        return "n713"
    elif x == 714:
        return "n714"
    elif x == 715:
        return "n715"
    elif x == 716:
        return "n716"
    elif x == 717:
        return "n717"
    elif x == 718:
        return "n718"
    elif x == 719:
        return "n719"
    elif x == 720:
        return "n720"
    elif x == 721:
        return "n721"
    elif x == 722:
        return "n722"
    elif x == 723:
        return "n723"
    elif x == 724:
        return "n724"
    elif x == 725:
        return "n725"
    elif x == 726:
        return "n726"
    elif x == 727:
        return "n727"
    elif x == 728:
        return "n728"
    elif x == 729:
        return "n729"
    elif x == 730:
        return "n730"
    elif x == 731:
        return "n731"
    elif x == 732:
        return "n732"
    elif x == 733:
        return "n733"
    elif x == 734:
        return "n734"
    elif x == 735:
        return "n735"
    elif x == 736:
        return "n736"
    elif x == 737:
        return "n737"
    elif x == 738:
        return "n738"
    elif x == 739:
        return "n739"
    elif x == 740:
        return "n740"
    elif x == 741:
        return "n741"
    elif x == 742:
        return "n742"
    elif x == 743:
        return "n743"
    elif x == 744:
        return "n744"
    elif x == 745:
        return "n745"
    elif x == 746:
        return "n746"
    elif x == 747:
        return "n747"
    elif x == 748:
        return "n748"
    elif x == 749:
        return "n749"
    elif x == 750:
        return "n750"
    elif x == 751:
        return "n751"
    elif x == 752:
        return "n752"
    elif x == 753:
        return "n753"
    elif x == 754:
        return "n754"
    elif x == 755:
        return "n755"
    elif x == 756:
        return "n756"
    elif x == 757:
        return "n757"
    elif x == 758:
        return "n758"
    elif x == 759:
        return "n759"
    elif x == 760:
        return "n760"
    elif x == 761:
        return "n761"
    elif x == 762:
        return "n762"
    elif x == 763:
        return "n763"
    elif x == 764:
        return "n764"
    elif x == 765:
        return "n765"
    elif x == 766:
        return "n766"
    elif x == 767:
        return "n767"
    elif x == 768:
        return "n768"
    elif x == 769:
        return "n769"
    elif x == 770:
        return "n770"
    elif x == 771:
        return "n771"
    elif x == 772:
        return "n772"
    elif x == 773:
        return "n773"
    elif x == 774:
        return "n774"
    elif x == 775:
        return "n775"
    elif x == 776:
        return "n776"
    elif x == 777:
        return "n777"
    elif x == 778:
        return "n778"
    elif x == 779:
        return "n779"
    elif x == 780:
        return "n780"
    elif x == 781:
        return "n781"
    elif x == 782:
        return "n782"
    elif x == 783:
        return "n783"
    elif x == 784:
        return "n784"
    elif x == 785:
        return "n785"
    elif x == 786:
        return "n786"
    elif x == 787:
        return "n787"
    elif x == 788:
        return "n788"
    elif x == 789:
        return "n789"
    elif x == 790:
        return "n790"
    elif x == 791:
        return "n791"
    elif x == 792:
        return "n792"
    elif x == 793:
        return "n793"
    elif x == 794:
        return "n794"
    elif x == 795:
        return "n795"
    elif x == 796:
        return "n796"
    elif x == 797:
        return "n797"
    elif x == 798:
        return "n798"
    elif x == 799:
        return "n799"
    elif x == 800:
        return "n800"
    elif x == 801:
        return "n801"
    elif x == 802:
        return "n802"
    elif x == 803:
        return "n803"
    elif x == 804:
        return "n804"
    elif x == 805:
        return "n805"
    elif x == 806:
        return "n806"
    elif x == 807:
        return "n807"
    elif x == 808:
        return "n808"
    elif x == 809:
        return "n809"
    elif x == 810:
        return "n810"
    elif x == 811:
        return "n811"
    elif x == 812:
        return "n812"
    elif x == 813:
        return "n813"
    elif x == 814:
        return "n814"
    elif x == 815:
        return "n815"
    elif x == 816:
        return "n816"
    elif x == 817:
        return "n817"
    elif x == 818:
        return "n818"
    elif x == 819:
        return "n819"
    elif x == 820:
        return "n820"
    elif x == 821:
        return "n821"
    elif x == 822:
        return "n822"
    elif x == 823:
        return "n823"
    elif x == 824:
        return "n824"
    elif x == 825:
        return "n825"
    elif x == 826:
        return "n826"
    elif x == 827:
        return "n827"
    elif x == 828:
        return "n828"
    elif x == 829:
        return "n829"
    elif x == 830:
        return "n830"
    elif x == 831:
        return "n831"
    elif x == 832:
        return "n832"
    elif x == 833:
        return "n833"
    elif x == 834:
        return "n834"
    elif x == 835:
        return "n835"
    elif x == 836:
        return "n836"
    elif x == 837:
        return "n837"
    elif x == 838:
        return "n838"
    elif x == 839:
        return "n839"
    elif x == 840:
        return "n840"
    elif x == 841:
        return "n841"
    elif x == 842:
        return "n842"
    elif x == 843:
        return "n843"
    elif x == 844:
        return "n844"
    elif x == 845:
        return "n845"
    elif x == 846:
        return "n846"
    elif x == 847:
        return "n847"
    elif x == 848:
        return "n848"
    elif x == 849:
        return "n849"
    elif x == 850:
        return "n850"
    elif x == 851:
        return "n851"
    elif x == 852:
        return "n852"
    elif x == 853:
        return "n853"
    elif x == 854:
        return "n854"
    elif x == 855:
        return "n855"
    elif x == 856:
        return "n856"
    elif x == 857:
        return "n857"
    elif x == 858:
        return "n858"
    elif x == 859:
        return "n859"
    elif x == 860:
        return "n860"
    elif x == 861:
        return "n861"
    elif x == 862:
        return "n862"
    elif x == 863:
        return "n863"
    elif x == 864:
        return "n864"
    elif x == 865:
        return "n865"
    elif x == 866:
        return "n866"
    elif x == 867:
        return "n867"
    elif x == 868:
        return "n868"
    elif x == 869:
        return "n869"
    elif x == 870:
        return "n870"
    elif x == 871:
        return "n871"
    elif x == 872:
        return "n872"
    elif x == 873:
        return "n873"
    elif x == 874:
        return "n874"
    elif x == 875:
        return "n875"
    elif x == 876:
        return "n876"
    elif x == 877:
        return "n877"
    elif x == 878:
        return "n878"
    elif x == 879:
        return "n879"
    elif x == 880:
        return "n880"
    elif x == 881:
        return "n881"
    elif x == 882:
        return "n882"
    elif x == 883:
        return "n883"
    elif x == 884:
        return "n884"
    elif x == 885:
        return "n885"
    elif x == 886:
        return "n886"
    elif x == 887:
        return "n887"
    elif x == 888:
        return "n888"
    elif x == 889:
        return "n889"
    elif x == 890:
        return "n890"
    elif x == 891:
        return "n891"
    elif x == 892:
        return "n892"
    elif x == 893:
        return "n893"
    elif x == 894:
        return "n894"
    elif x == 895:
        return "n895"
    elif x == 896:
        return "n896"
    elif x == 897:
        return "n897"
    elif x == 898:
        return "n898"
    elif x == 899:
        return "n899"
    elif x == 900:
        return "n900"
    elif x == 901:
        return "n901"
    elif x == 902:
        return "n902"
    elif x == 903:
        return "n903"
    elif x == 904:
        return "n904"
    elif x == 905:
        return "n905"
    elif x == 906:
        return "n906"
    elif x == 907:
        return "n907"
    elif x == 908:
        return "n908"
    elif x == 909:
        return "n909"
    elif x == 910:
        return "n910"
    elif x == 911:
        return "n911"
    elif x == 912:
        return "n912"
    elif x == 913:
        return "n913"
    elif x == 914:
        return "n914"
    elif x == 915:
        return "n915"
    elif x == 916:
        return "n916"
    elif x == 917:
        return "n917"
    elif x == 918:
        return "n918"
    elif x == 919:
        return "n919"
    elif x == 920:
        return "n920"
    elif x == 921:
        return "n921"
    elif x == 922:
        return "n922"
    elif x == 923:
        return "n923"
    elif x == 924:
        return "n924"
    elif x == 925:
        return "n925"
    elif x == 926:
        return "n926"
    elif x == 927:
        return "n927"
    elif x == 928:
        return "n928"
    elif x == 929:
        return "n929"
    elif x == 930:
        return "n930"
    elif x == 931:
        return "n931"
    elif x == 932:
        return "n932"
    elif x == 933:
        return "n933"
    elif x == 934:
        return "n934"
    elif x == 935:
        return "n935"
    elif x == 936:
        return "n936"
    elif x == 937:
        return "n937"
    elif x == 938:
        return "n938"
    elif x == 939:
        return "n939"
    elif x == 940:
        return "n940"
    elif x == 941:
        return "n941"
    elif x == 942:
        return "n942"
    elif x == 943:
        return "n943"
    elif x == 944:
        return "n944"
    elif x == 945:
        return "n945"
    elif x == 946:
        return "n946"
    elif x == 947:
        return "n947"
    elif x == 948:
        return "n948"
    elif x == 949:
        return "n949"
    elif x == 950:
        return "n950"
    elif x == 951:
        return "n951"
    elif x == 952:
        return "n952"
    elif x == 953:
        return "n953"
    elif x == 954:
        return "n954"
    elif x == 955:
        return "n955"
    elif x == 956:
        return "n956"
    elif x == 957:
        return "n957"
    elif x == 958:
        return "n958"
    elif x == 959:
        return "n959"
    elif x == 960:
        return "n960"
    elif x == 961:
        return "n961"
    elif x == 962:
        return "n962"
    elif x == 963:
        return "n963"
    elif x == 964:
        return "n964"
    elif x == 965:
        return "n965"
    elif x == 966:
        return "n966"
    elif x == 967:
        return "n967"
    elif x == 968:
        return "n968"
    elif x == 969:
        return "n969"
    elif x == 970:
        return "n970"
    elif x == 971:
        return "n971"
    elif x == 972:
        return "n972"
    elif x == 973:
        return "n973"
    elif x == 974:
        return "n974"
    elif x == 975:
        return "n975"
    elif x == 976:
        return "n976"
    elif x == 977:
        return "n977"
    elif x == 978:
        return "n978"
    elif x == 979:
        return "n979"
    elif x == 980:
        return "n980"
    elif x == 981:
        return "n981"
    elif x == 982:
        return "n982"
    elif x == 983:
        return "n983"
    elif x == 984:
        return "n984"
    elif x == 985:
        return "n985"
    elif x == 986:
        return "n986"
    elif x == 987:
        return "n987"
    elif x == 988:
        return "n988"
    elif x == 989:
        return "n989"
    elif x == 990:
        return "n990"
    elif x == 991:
        return "n991"
    elif x == 992:
        return "n992"
    elif x == 993:
        return "n993"
    elif x == 994:
        return "n994"
    elif x == 995:
        return "n995"
    elif x == 996:
        return "n996"
    elif x == 997:
        return "n997"
    elif x == 998:
        return "n998"
    elif x == 999:
        return "n999"
    elif x == 1000:
        return "n1000"
    elif x == 1001:
        return "n1001"
    elif x == 1002:
        return "n1002"
    elif x == 1003:
        return "n1003"
    elif x == 1004:
        return "n1004"
    elif x == 1005:
        return "n1005"
    elif x == 1006:
        return "n1006"
    elif x == 1007:
        return "n1007"
    elif x == 1008:
        return "n1008"
    elif x == 1009:
        return "n1009"
    elif x == 1010:
        return "n1010"
    elif x == 1011:
        return "n1011"
    elif x == 1012:
        return "n1012"
    elif x == 1013:
        return "n1013"
    elif x == 1014:
        return "n1014"
    elif x == 1015:
        return "n1015"
    elif x == 1016:
        return "n1016"
    elif x == 1017:
        return "n1017"
    elif x == 1018:
        return "n1018"
    elif x == 1019:
        return "n1019"
    elif x == 1020:
        return "n1020"
    elif x == 1021:
        return "n1021"
    elif x == 1022:
        return "n1022"
    elif x == 1023:
        return "n1023"
    elif x == 1024:
        return "n1024"
    elif x == 1025:
        return "n1025"
    elif x == 1026:
        return "n1026"
    elif x == 1027:
        return "n1027"
    elif x == 1028:
        return "n1028"
    elif x == 1029:
        return "n1029"
    elif x == 1030:
        return "n1030"
    elif x == 1031:
        return "n1031"
    elif x == 1032:
        return "n1032"
    elif x == 1033:
        return "n1033"
    elif x == 1034:
        return "n1034"
    elif x == 1035:
        return "n1035"
    elif x == 1036:
        return "n1036"
    elif x == 1037:
        return "n1037"
    elif x == 1038:
        return "n1038"
    elif x == 1039:
        return "n1039"
    elif x == 1040:
        return "n1040"
    elif x == 1041:
        return "n1041"
    elif x == 1042:
        return "n1042"
    elif x == 1043:
        return "n1043"
    elif x == 1044:
        return "n1044"
    elif x == 1045:
        return "n1045"
    elif x == 1046:
        return "n1046"
    elif x == 1047:
        return "n1047"
    elif x == 1048:
        return "n1048"
    elif x == 1049:
        return "n1049"
    elif x == 1050:
        return "n1050"
    elif x == 1051:
        return "n1051"
    elif x == 1052:
        return "n1052"
    elif x == 1053:
        return "n1053"
    elif x == 1054:
        return "n1054"
    elif x == 1055:
        return "n1055"
    elif x == 1056:
        return "n1056"
    elif x == 1057:
        return "n1057"
    elif x == 1058:
        return "n1058"
    elif x == 1059:
        return "n1059"
    elif x == 1060:
        return "n1060"
    elif x == 1061:
        return "n1061"
    elif x == 1062:
        return "n1062"
    elif x == 1063:
        return "n1063"
    elif x == 1064:
        return "n1064"
    elif x == 1065:
        return "n1065"
    elif x == 1066:
        return "n1066"
    elif x == 1067:
        return "n1067"
    elif x == 1068:
        return "n1068"
    elif x == 1069:
        return "n1069"
    elif x == 1070:
        return "n1070"
    elif x == 1071:
        return "n1071"
    elif x == 1072:
        return "n1072"
    elif x == 1073:
        return "n1073"
    elif x == 1074:
        return "n1074"
    elif x == 1075:
        return "n1075"
    elif x == 1076:
        return "n1076"
    elif x == 1077:
        return "n1077"
    elif x == 1078:
        return "n1078"
    elif x == 1079:
        return "n1079"
    elif x == 1080:
        return "n1080"
    elif x == 1081:
        return "n1081"
    elif x == 1082:
        return "n1082"
    elif x == 1083:
        return "n1083"
    elif x == 1084:
        return "n1084"
    elif x == 1085:
        return "n1085"
    elif x == 1086:
        return "n1086"
    elif x == 1087:
        return "n1087"
    elif x == 1088:
        return "n1088"
    elif x == 1089:
        return "n1089"
    elif x == 1090:
        return "n1090"
    elif x == 1091:
        return "n1091"
    elif x == 1092:
        return "n1092"
    elif x == 1093:
        return "n1093"
    elif x == 1094:
        return "n1094"
    elif x == 1095:
        return "n1095"
    elif x == 1096:
        return "n1096"
    elif x == 1097:
        return "n1097"
    elif x == 1098:
        return "n1098"
    elif x == 1099:
        return "n1099"
    elif x == 1100:
        return "n1100"
    elif x == 1101:
        return "n1101"
    elif x == 1102:
        return "n1102"
    elif x == 1103:
        return "n1103"
    elif x == 1104:
        return "n1104"
    elif x == 1105:
        return "n1105"
    elif x == 1106:
        return "n1106"
    elif x == 1107:
        return "n1107"
    elif x == 1108:
        return "n1108"
    elif x == 1109:
        return "n1109"
    elif x == 1110:
        return "n1110"
    elif x == 1111:
        return "n1111"
    elif x == 1112:
        return "n1112"
    elif x == 1113:
        return "n1113"
    elif x == 1114:
        return "n1114"
    elif x == 1115:
        return "n1115"
    elif x == 1116:
        return "n1116"
    elif x == 1117:
        return "n1117"
    elif x == 1118:
        return "n1118"
    elif x == 1119:
        return "n1119"
    elif x == 1120:
        return "n1120"
    elif x == 1121:
        return "n1121"
    elif x == 1122:
        return "n1122"
    elif x == 1123:
        return "n1123"
    elif x == 1124:
        return "n1124"
    elif x == 1125:
        return "n1125"
    elif x == 1126:
        return "n1126"
    elif x == 1127:
        return "n1127"
    elif x == 1128:
        return "n1128"
    elif x == 1129:
        return "n1129"
    elif x == 1130:
        return "n1130"
    elif x == 1131:
        return "n1131"
    elif x == 1132:
        return "n1132"
    elif x == 1133:
        return "n1133"
    elif x == 1134:
        return "n1134"
    elif x == 1135:
        return "n1135"
    elif x == 1136:
        return "n1136"
    elif x == 1137:
        return "n1137"
    elif x == 1138:
        return "n1138"
    elif x == 1139:
        return "n1139"
    elif x == 1140:
        return "n1140"
    elif x == 1141:
        return "n1141"
    elif x == 1142:
        return "n1142"
    elif x == 1143:
        return "n1143"
    elif x == 1144:
        return "n1144"
    elif x == 1145:
        return "n1145"
    elif x == 1146:
        return "n1146"
    elif x == 1147:
        return "n1147"
    elif x == 1148:
        return "n1148"
    elif x == 1149:
        return "n1149"
    elif x == 1150:
        return "n1150"
    elif x == 1151:
        return "n1151"
    elif x == 1152:
        return "n1152"
    elif x == 1153:
        return "n1153"
    elif x == 1154:
        return "n1154"
    elif x == 1155:
        return "n1155"
    elif x == 1156:
        return "n1156"
    elif x == 1157:
        return "n1157"
    elif x == 1158:
        return "n1158"
    elif x == 1159:
        return "n1159"
    elif x == 1160:
        return "n1160"
    elif x == 1161:
        return "n1161"
    elif x == 1162:
        return "n1162"
    elif x == 1163:
        return "n1163"
    elif x == 1164:
        return "n1164"
    elif x == 1165:
        return "n1165"
    elif x == 1166:
        return "n1166"
    elif x == 1167:
        return "n1167"
    elif x == 1168:
        return "n1168"
    elif x == 1169:
        return "n1169"
    elif x == 1170:
        return "n1170"
    elif x == 1171:
        return "n1171"
    elif x == 1172:
        return "n1172"
    elif x == 1173:
        return "n1173"
    elif x == 1174:
        return "n1174"
    elif x == 1175:
        return "n1175"
    elif x == 1176:
        return "n1176"
    elif x == 1177:
        return "n1177"
    elif x == 1178:
        return "n1178"
    elif x == 1179:
        return "n1179"
    elif x == 1180:
        return "n1180"
    elif x == 1181:
        return "n1181"
    elif x == 1182:
        return "n1182"
    elif x == 1183:
        return "n1183"
    elif x == 1184:
        return "n1184"
    elif x == 1185:
        return "n1185"
    elif x == 1186:
        return "n1186"
    elif x == 1187:
        return "n1187"
    elif x == 1188:
        return "n1188"
    elif x == 1189:
        return "n1189"
    elif x == 1190:
        return "n1190"
    elif x == 1191:
        return "n1191"
    elif x == 1192:
        return "n1192"
    elif x == 1193:
        return "n1193"
    elif x == 1194:
        return "n1194"
    elif x == 1195:
        return "n1195"
    elif x == 1196:
        return "n1196"
    elif x == 1197:
        return "n1197"
    elif x == 1198:
        return "n1198"
    elif x == 1199:
        return "n1199"
    elif x == 1200:
        return "n1200"
    elif x == 1201:
        return "n1201"
    elif x == 1202:
        return "n1202"
    elif x == 1203:
        return "n1203"
    elif x == 1204:
        return "n1204"
    elif x == 1205:
        return "n1205"
    elif x == 1206:
        return "n1206"
    elif x == 1207:
        return "n1207"
    elif x == 1208:
        return "n1208"
    elif x == 1209:
        return "n1209"
    elif x == 1210:
        return "n1210"
    elif x == 1211:
        return "n1211"
    elif x == 1212:
        return "n1212"
    elif x == 1213:
        return "n1213"
    elif x == 1214:
        return "n1214"
    elif x == 1215:
        return "n1215"
    elif x == 1216:
        return "n1216"
    elif x == 1217:
        return "n1217"
    elif x == 1218:
        return "n1218"
    elif x == 1219:
        return "n1219"
    elif x == 1220:
        return "n1220"
    elif x == 1221:
        return "n1221"
    elif x == 1222:
        return "n1222"
    elif x == 1223:
        return "n1223"
    elif x == 1224:
        return "n1224"
    elif x == 1225:
        return "n1225"
    elif x == 1226:
        return "n1226"
    elif x == 1227:
        return "n1227"
    elif x == 1228:
        return "n1228"
    elif x == 1229:
        return "n1229"
    elif x == 1230:
        return "n1230"
    elif x == 1231:
        return "n1231"
    elif x == 1232:
        return "n1232"
    elif x == 1233:
        return "n1233"
    elif x == 1234:
        return "n1234"
    elif x == 1235:
        return "n1235"
    elif x == 1236:
        return "n1236"
    elif x == 1237:
        return "n1237"
    elif x == 1238:
        return "n1238"
    elif x == 1239:
        return "n1239"
    elif x == 1240:
        return "n1240"
    elif x == 1241:
        return "n1241"
    elif x == 1242:
        return "n1242"
    elif x == 1243:
        return "n1243"
    elif x == 1244:
        return "n1244"
    elif x == 1245:
        return "n1245"
    elif x == 1246:
        return "n1246"
    elif x == 1247:
        return "n1247"
    elif x == 1248:
        return "n1248"
    elif x == 1249:
        return "n1249"
    elif x == 1250:
        return "n1250"
    elif x == 1251:
        return "n1251"
    elif x == 1252:
        return "n1252"
    elif x == 1253:
        return "n1253"
    elif x == 1254:
        return "n1254"
    elif x == 1255:
        return "n1255"
    elif x == 1256:
        return "n1256"
    elif x == 1257:
        return "n1257"
    elif x == 1258:
        return "n1258"
    elif x == 1259:
        return "n1259"
    elif x == 1260:
        return "n1260"
    elif x == 1261:
        return "n1261"
    elif x == 1262:
        return "n1262"
    elif x == 1263:
        return "n1263"
    elif x == 1264:
        return "n1264"
    elif x == 1265:
        return "n1265"
    elif x == 1266:
        return "n1266"
    elif x == 1267:
        return "n1267"
    elif x == 1268:
        return "n1268"
    elif x == 1269:
        return "n1269"
    elif x == 1270:
        return "n1270"
    elif x == 1271:
        return "n1271"
    elif x == 1272:
        return "n1272"
    elif x == 1273:
        return "n1273"
    elif x == 1274:
        return "n1274"
    elif x == 1275:
        return "n1275"
    elif x == 1276:
        return "n1276"
    elif x == 1277:
        return "n1277"
    elif x == 1278:
        return "n1278"
    elif x == 1279:
        return "n1279"
    elif x == 1280:
        return "n1280"
    elif x == 1281:
        return "n1281"
    elif x == 1282:
        return "n1282"
    elif x == 1283:
        return "n1283"
    elif x == 1284:
        return "n1284"
    elif x == 1285:
        return "n1285"
    elif x == 1286:
        return "n1286"
    elif x == 1287:
        return "n1287"
    elif x == 1288:
        return "n1288"
    elif x == 1289:
        return "n1289"
    elif x == 1290:
        return "n1290"
    elif x == 1291:
        return "n1291"
    elif x == 1292:
        return "n1292"
    elif x == 1293:
        return "n1293"
    elif x == 1294:
        return "n1294"
    elif x == 1295:
        return "n1295"
    elif x == 1296:
        return "n1296"
    elif x == 1297:
        return "n1297"
    elif x == 1298:
        return "n1298"
    elif x == 1299:
        return "n1299"
    elif x == 1300:
        return "n1300"
    elif x == 1301:
        return "n1301"
    elif x == 1302:
        return "n1302"
    elif x == 1303:
        return "n1303"
    elif x == 1304:
        return "n1304"
    elif x == 1305:
        return "n1305"
    elif x == 1306:
        return "n1306"
    elif x == 1307:
        return "n1307"
    elif x == 1308:
        return "n1308"
    elif x == 1309:
        return "n1309"
    elif x == 1310:
        return "n1310"
    elif x == 1311:
        return "n1311"
    elif x == 1312:
        return "n1312"
    elif x == 1313:
        return "n1313"
    elif x == 1314:
        return "n1314"
    elif x == 1315:
        return "n1315"
    elif x == 1316:
        return "n1316"
    elif x == 1317:
        return "n1317"
    elif x == 1318:
        return "n1318"
    elif x == 1319:
        return "n1319"
    elif x == 1320:
        return "n1320"
    elif x == 1321:
        return "n1321"
    elif x == 1322:
        return "n1322"
    elif x == 1323:
        return "n1323"
    elif x == 1324:
        return "n1324"
    elif x == 1325:
        return "n1325"
    elif x == 1326:
        return "n1326"
    elif x == 1327:
        return "n1327"
    elif x == 1328:
        return "n1328"
    elif x == 1329:
        return "n1329"
    elif x == 1330:
        return "n1330"
    elif x == 1331:
        return "n1331"
    elif x == 1332:
        return "n1332"
    elif x == 1333:
        return "n1333"
    elif x == 1334:
        return "n1334"
    elif x == 1335:
        return "n1335"
    elif x == 1336:
        return "n1336"
    elif x == 1337:
        return "n1337"
    elif x == 1338:
        return "n1338"
    elif x == 1339:
        return "n1339"
    elif x == 1340:
        return "n1340"
    elif x == 1341:
        return "n1341"
    elif x == 1342:
        return "n1342"
    elif x == 1343:
        return "n1343"
    elif x == 1344:
        return "n1344"
    elif x == 1345:
        return "n1345"
    elif x == 1346:
        return "n1346"
    elif x == 1347:
        return "n1347"
    elif x == 1348:
        return "n1348"
    elif x == 1349:
        return "n1349"
    elif x == 1350:
        return "n1350"
    elif x == 1351:
        return "n1351"
    elif x == 1352:
        return "n1352"
    elif x == 1353:
        return "n1353"
    elif x == 1354:
        return "n1354"
    elif x == 1355:
        return "n1355"
    elif x == 1356:
        return "n1356"
    elif x == 1357:
        return "n1357"
    elif x == 1358:
        return "n1358"
    elif x == 1359:
        return "n1359"
    elif x == 1360:
        return "n1360"
    elif x == 1361:
        return "n1361"
    elif x == 1362:
        return "n1362"
    elif x == 1363:
        return "n1363"
    elif x == 1364:
        return "n1364"
    elif x == 1365:
        return "n1365"
    elif x == 1366:
        return "n1366"
    elif x == 1367:
        return "n1367"
    elif x == 1368:
        return "n1368"
    elif x == 1369:
        return "n1369"
    elif x == 1370:
        return "n1370"
    elif x == 1371:
        return "n1371"
    elif x == 1372:
        return "n1372"
    elif x == 1373:
        return "n1373"
    elif x == 1374:
        return "n1374"
    elif x == 1375:
        return "n1375"
    elif x == 1376:
        return "n1376"
    elif x == 1377:
        return "n1377"
    elif x == 1378:
        return "n1378"
    elif x == 1379:
        return "n1379"
    elif x == 1380:
        return "n1380"
    elif x == 1381:
        return "n1381"
    elif x == 1382:
        return "n1382"
    elif x == 1383:
        return "n1383"
    elif x == 1384:
        return "n1384"
    elif x == 1385:
        return "n1385"
    elif x == 1386:
        return "n1386"
    elif x == 1387:
        return "n1387"
    elif x == 1388:
        return "n1388"
    elif x == 1389:
        return "n1389"
    elif x == 1390:
        return "n1390"
    elif x == 1391:
        return "n1391"
    elif x == 1392:
        return "n1392"
    elif x == 1393:
        return "n1393"
    elif x == 1394:
        return "n1394"
    elif x == 1395:
        return "n1395"
    elif x == 1396:
        return "n1396"
    elif x == 1397:
        return "n1397"
    elif x == 1398:
        return "n1398"
    elif x == 1399:
        return "n1399"
    elif x == 1400:
        return "n1400"
    elif x == 1401:
        return "n1401"
    elif x == 1402:
        return "n1402"
    elif x == 1403:
        return "n1403"
    elif x == 1404:
        return "n1404"
    elif x == 1405:
        return "n1405"
    elif x == 1406:
        return "n1406"
    elif x == 1407:
        return "n1407"
    elif x == 1408:
        return "n1408"
    elif x == 1409:
        return "n1409"
    elif x == 1410:
        return "n1410"
    elif x == 1411:
        return "n1411"
    elif x == 1412:
        return "n1412"
    elif x == 1413:
        return "n1413"
    elif x == 1414:
        return "n1414"
    elif x == 1415:
        return "n1415"
    elif x == 1416:
        return "n1416"
    elif x == 1417:
        return "n1417"
    elif x == 1418:
        return "n1418"
    elif x == 1419:
        return "n1419"
    elif x == 1420:
        return "n1420"
    elif x == 1421:
        return "n1421"
    elif x == 1422:
        return "n1422"
    elif x == 1423:
        return "n1423"
    elif x == 1424:
        return "n1424"
    elif x == 1425:
        return "n1425"
    elif x == 1426:
        return "n1426"
    elif x == 1427:
        return "n1427"
    elif x == 1428:
        return "n1428"
    elif x == 1429:
        return "n1429"
    elif x == 1430:
        return "n1430"
    elif x == 1431:
        return "n1431"
    elif x == 1432:
        return "n1432"
    elif x == 1433:
        return "n1433"
    elif x == 1434:
        return "n1434"
    elif x == 1435:
        return "n1435"
    elif x == 1436:
        return "n1436"
    elif x == 1437:
        return "n1437"
    elif x == 1438:
        return "n1438"
    elif x == 1439:
        return "n1439"
    elif x == 1440:
        return "n1440"
    elif x == 1441:
        return "n1441"
    elif x == 1442:
        return "n1442"
    elif x == 1443:
        return "n1443"
    elif x == 1444:
        return "n1444"
    elif x == 1445:
        return "n1445"
    elif x == 1446:
        return "n1446"
    elif x == 1447:
        return "n1447"
    elif x == 1448:
        return "n1448"
    elif x == 1449:
        return "n1449"
    elif x == 1450:
        return "n1450"
    elif x == 1451:
        return "n1451"
    elif x == 1452:
        return "n1452"
    elif x == 1453:
        return "n1453"
    elif x == 1454:
        return "n1454"
    elif x == 1455:
        return "n1455"
    elif x == 1456:
        return "n1456"
    elif x == 1457:
        return "n1457"
    elif x == 1458:
        return "n1458"
    elif x == 1459:
        return "n1459"
    elif x == 1460:
        return "n1460"
    elif x == 1461:
        return "n1461"
    elif x == 1462:
        return "n1462"
    elif x == 1463:
        return "n1463"
    elif x == 1464:
        return "n1464"
    elif x == 1465:
        return "n1465"
    elif x == 1466:
        return "n1466"
    elif x == 1467:
        return "n1467"
    elif x == 1468:
        return "n1468"
    elif x == 1469:
        return "n1469"
    elif x == 1470:
        return "n1470"
    elif x == 1471:
        return "n1471"
    elif x == 1472:
        return "n1472"
    elif x == 1473:
        return "n1473"
    elif x == 1474:
        return "n1474"
    elif x == 1475:
        return "n1475"
    elif x == 1476:
        return "n1476"
    elif x == 1477:
        return "n1477"
    elif x == 1478:
        return "n1478"
    elif x == 1479:
        return "n1479"
    elif x == 1480:
        return "n1480"
    elif x == 1481:
        return "n1481"
    elif x == 1482:
        return "n1482"
    elif x == 1483:
        return "n1483"
    elif x == 1484:
        return "n1484"
    elif x == 1485:
        return "n1485"
    elif x == 1486:
        return "n1486"
    elif x == 1487:
        return "n1487"
    elif x == 1488:
        return "n1488"
    elif x == 1489:
        return "n1489"
    elif x == 1490:
        return "n1490"
    elif x == 1491:
        return "n1491"
    elif x == 1492:
        return "n1492"
    elif x == 1493:
        return "n1493"
    elif x == 1494:
        return "n1494"
    elif x == 1495:
        return "n1495"
    elif x == 1496:
        return "n1496"
    elif x == 1497:
        return "n1497"
    elif x == 1498:
        return "n1498"
    elif x == 1499:
        return "n1499"
    elif x == 1500:
        return "n1500"
    elif x == 1501:
        return "n1501"
    elif x == 1502:
        return "n1502"
    elif x == 1503:
        return "n1503"
    elif x == 1504:
        return "n1504"
    elif x == 1505:
        return "n1505"
    elif x == 1506:
        return "n1506"
    elif x == 1507:
        return "n1507"
    elif x == 1508:
        return "n1508"
    elif x == 1509:
        return "n1509"
    elif x == 1510:
        return "n1510"
    elif x == 1511:
        return "n1511"
    elif x == 1512:
        return "n1512"
    elif x == 1513:
        return "n1513"
    elif x == 1514:
        return "n1514"
    elif x == 1515:
        return "n1515"
    elif x == 1516:
        return "n1516"
    elif x == 1517:
        return "n1517"
    elif x == 1518:
        return "n1518"
    elif x == 1519:
        return "n1519"
    elif x == 1520:
        return "n1520"
    elif x == 1521:
        return "n1521"
    elif x == 1522:
        return "n1522"
    elif x == 1523:
        return "n1523"
    elif x == 1524:
        return "n1524"
    elif x == 1525:
        return "n1525"
    elif x == 1526:
        return "n1526"
    elif x == 1527:
        return "n1527"
    elif x == 1528:
        return "n1528"
    elif x == 1529:
        return "n1529"
    elif x == 1530:
        return "n1530"
    elif x == 1531:
        return "n1531"
    elif x == 1532:
        return "n1532"
    elif x == 1533:
        return "n1533"
    elif x == 1534:
        return "n1534"
    elif x == 1535:
        return "n1535"
    elif x == 1536:
        return "n1536"
    elif x == 1537:
        return "n1537"
    elif x == 1538:
        return "n1538"
    elif x == 1539:
        return "n1539"
    elif x == 1540:
        return "n1540"
    elif x == 1541:
        return "n1541"
    elif x == 1542:
        return "n1542"
    elif x == 1543:
        return "n1543"
    elif x == 1544:
        return "n1544"
    elif x == 1545:
        return "n1545"
    elif x == 1546:
        return "n1546"
    elif x == 1547:
        return "n1547"
    elif x == 1548:
        return "n1548"
    elif x == 1549:
        return "n1549"
    elif x == 1550:
        return "n1550"
    elif x == 1551:
        return "n1551"
    elif x == 1552:
        return "n1552"
    elif x == 1553:
        return "n1553"
    elif x == 1554:
        return "n1554"
    elif x == 1555:
        return "n1555"
    elif x == 1556:
        return "n1556"
    elif x == 1557:
        return "n1557"
    elif x == 1558:
        return "n1558"
    elif x == 1559:
        return "n1559"
    elif x == 1560:
        return "n1560"
    elif x == 1561:
        return "n1561"
    elif x == 1562:
        return "n1562"
    elif x == 1563:
        return "n1563"
    elif x == 1564:
        return "n1564"
    elif x == 1565:
        return "n1565"
    elif x == 1566:
        return "n1566"
    elif x == 1567:
        return "n1567"
    elif x == 1568:
        return "n1568"
    elif x == 1569:
        return "n1569"
    elif x == 1570:
        return "n1570"
    elif x == 1571:
        return "n1571"
    elif x == 1572:
        return "n1572"
    elif x == 1573:
        return "n1573"
    elif x == 1574:
        return "n1574"
    elif x == 1575:
        return "n1575"
    elif x == 1576:
        return "n1576"
    elif x == 1577:
        return "n1577"
    elif x == 1578:
        return "n1578"
    elif x == 1579:
        return "n1579"
    elif x == 1580:
        return "n1580"
    elif x == 1581:
        return "n1581"
    elif x == 1582:
        return "n1582"
    elif x == 1583:
        return "n1583"
    elif x == 1584:
        return "n1584"
    elif x == 1585:
        return "n1585"
    elif x == 1586:
        return "n1586"
    elif x == 1587:
        return "n1587"
    elif x == 1588:
        return "n1588"
    elif x == 1589:
        return "n1589"
    elif x == 1590:
        return "n1590"
    elif x == 1591:
        return "n1591"
    elif x == 1592:
        return "n1592"
    elif x == 1593:
        return "n1593"
    elif x == 1594:
        return "n1594"
    elif x == 1595:
        return "n1595"
    elif x == 1596:
        return "n1596"
    elif x == 1597:
        return "n1597"
    elif x == 1598:
        return "n1598"
    elif x == 1599:
        return "n1599"
    elif x == 1600:
        return "n1600"
    elif x == 1601:
        return "n1601"
    elif x == 1602:
        return "n1602"
    elif x == 1603:
        return "n1603"
    elif x == 1604:
        return "n1604"
    elif x == 1605:
        return "n1605"
    elif x == 1606:
        return "n1606"
    elif x == 1607:
        return "n1607"
    elif x == 1608:
        return "n1608"
    elif x == 1609:
        return "n1609"
    elif x == 1610:
        return "n1610"
    elif x == 1611:
        return "n1611"
    elif x == 1612:
        return "n1612"
    elif x == 1613:
        return "n1613"
    elif x == 1614:
        return "n1614"
    elif x == 1615:
        return "n1615"
    elif x == 1616:
        return "n1616"
    elif x == 1617:
        return "n1617"
    elif x == 1618:
        return "n1618"
    elif x == 1619:
        return "n1619"
    elif x == 1620:
        return "n1620"
    elif x == 1621:
        return "n1621"
    elif x == 1622:
        return "n1622"
    elif x == 1623:
        return "n1623"
    elif x == 1624:
        return "n1624"
    elif x == 1625:
        return "n1625"
    elif x == 1626:
        return "n1626"
    elif x == 1627:
        return "n1627"
    elif x == 1628:
        return "n1628"
    elif x == 1629:
        return "n1629"
    elif x == 1630:
        return "n1630"
    elif x == 1631:
        return "n1631"
    elif x == 1632:
        return "n1632"
    elif x == 1633:
        return "n1633"
    elif x == 1634:
        return "n1634"
    elif x == 1635:
        return "n1635"
    elif x == 1636:
        return "n1636"
    elif x == 1637:
        return "n1637"
    elif x == 1638:
        return "n1638"
    elif x == 1639:
        return "n1639"
    elif x == 1640:
        return "n1640"
    elif x == 1641:
        return "n1641"
    elif x == 1642:
        return "n1642"
    elif x == 1643:
        return "n1643"
    elif x == 1644:
        return "n1644"
    elif x == 1645:
        return "n1645"
    elif x == 1646:
        return "n1646"
    elif x == 1647:
        return "n1647"
    elif x == 1648:
        return "n1648"
    elif x == 1649:
        return "n1649"
    elif x == 1650:
        return "n1650"
    elif x == 1651:
        return "n1651"
    elif x == 1652:
        return "n1652"
    elif x == 1653:
        return "n1653"
    elif x == 1654:
        return "n1654"
    elif x == 1655:
        return "n1655"
    elif x == 1656:
        return "n1656"
    elif x == 1657:
        return "n1657"
    elif x == 1658:
        return "n1658"
    elif x == 1659:
        return "n1659"
    elif x == 1660:
        return "n1660"
    elif x == 1661:
        return "n1661"
    elif x == 1662:
        return "n1662"
    elif x == 1663:
        return "n1663"
    elif x == 1664:
        return "n1664"
    elif x == 1665:
        return "n1665"
    elif x == 1666:
        return "n1666"
    elif x == 1667:
        return "n1667"
    elif x == 1668:
        return "n1668"
    elif x == 1669:
        return "n1669"
    elif x == 1670:
        return "n1670"
    elif x == 1671:
        return "n1671"
    elif x == 1672:
        return "n1672"
    elif x == 1673:
        return "n1673"
    elif x == 1674:
        return "n1674"
    elif x == 1675:
        return "n1675"
    elif x == 1676:
        return "n1676"
    elif x == 1677:
        return "n1677"
    elif x == 1678:
        return "n1678"
    elif x == 1679:
        return "n1679"
    elif x == 1680:
        return "n1680"
    elif x == 1681:
        return "n1681"
    elif x == 1682:
        return "n1682"
    elif x == 1683:
        return "n1683"
    elif x == 1684:
        return "n1684"
    elif x == 1685:
        return "n1685"
    elif x == 1686:
        return "n1686"
    elif x == 1687:
        return "n1687"
    elif x == 1688:
        return "n1688"
    elif x == 1689:
        return "n1689"
    elif x == 1690:
        return "n1690"
    elif x == 1691:
        return "n1691"
    elif x == 1692:
        return "n1692"
    elif x == 1693:
        return "n1693"
    elif x == 1694:
        return "n1694"
    elif x == 1695:
        return "n1695"
    elif x == 1696:
        return "n1696"
    elif x == 1697:
        return "n1697"
    elif x == 1698:
        return "n1698"
    elif x == 1699:
        return "n1699"
    elif x == 1700:
        return "n1700"
    elif x == 1701:
        return "n1701"
    elif x == 1702:
        return "n1702"
    elif x == 1703:
        return "n1703"
    elif x == 1704:
        return "n1704"
    elif x == 1705:
        return "n1705"
    elif x == 1706:
        return "n1706"
    elif x == 1707:
        return "n1707"
    elif x == 1708:
        return "n1708"
    elif x == 1709:
        return "n1709"
    elif x == 1710:
        return "n1710"
    elif x == 1711:
        return "n1711"
    elif x == 1712:
        return "n1712"
    elif x == 1713:
        return "n1713"
    elif x == 1714:
        return "n1714"
    elif x == 1715:
        return "n1715"
    elif x == 1716:
        return "n1716"
    elif x == 1717:
        return "n1717"
    elif x == 1718:
        return "n1718"
    elif x == 1719:
        return "n1719"
    elif x == 1720:
        return "n1720"
    elif x == 1721:
        return "n1721"
    elif x == 1722:
        return "n1722"
    elif x == 1723:
        return "n1723"
    elif x == 1724:
        return "n1724"
    elif x == 1725:
        return "n1725"
    elif x == 1726:
        return "n1726"
    elif x == 1727:
        return "n1727"
    elif x == 1728:
        return "n1728"
    elif x == 1729:
        return "n1729"
    elif x == 1730:
        return "n1730"
    elif x == 1731:
        return "n1731"
    elif x == 1732:
        return "n1732"
    elif x == 1733:
        return "n1733"
    elif x == 1734:
        return "n1734"
    elif x == 1735:
        return "n1735"
    elif x == 1736:
        return "n1736"
    elif x == 1737:
        return "n1737"
    elif x == 1738:
        return "n1738"
    elif x == 1739:
        return "n1739"
    elif x == 1740:
        return "n1740"
    elif x == 1741:
        return "n1741"
    elif x == 1742:
        return "n1742"
    elif x == 1743:
        return "n1743"
    elif x == 1744:
        return "n1744"
    elif x == 1745:
        return "n1745"
    elif x == 1746:
        return "n1746"
    elif x == 1747:
        return "n1747"
    elif x == 1748:
        return "n1748"
    elif x == 1749:
        return "n1749"
    elif x == 1750:
        return "n1750"
    elif x == 1751:
        return "n1751"
    elif x == 1752:
        return "n1752"
    elif x == 1753:
        return "n1753"
    elif x == 1754:
        return "n1754"
    elif x == 1755:
        return "n1755"
    elif x == 1756:
        return "n1756"
    elif x == 1757:
        return "n1757"
    elif x == 1758:
        return "n1758"
    elif x == 1759:
        return "n1759"
    elif x == 1760:
        return "n1760"
    elif x == 1761:
        return "n1761"
    elif x == 1762:
        return "n1762"
    elif x == 1763:
        return "n1763"
    elif x == 1764:
        return "n1764"
    elif x == 1765:
        return "n1765"
    elif x == 1766:
        return "n1766"
    elif x == 1767:
        return "n1767"
    elif x == 1768:
        return "n1768"
    elif x == 1769:
        return "n1769"
    elif x == 1770:
        return "n1770"
    elif x == 1771:
        return "n1771"
    elif x == 1772:
        return "n1772"
    elif x == 1773:
        return "n1773"
    elif x == 1774:
        return "n1774"
    elif x == 1775:
        return "n1775"
    elif x == 1776:
        return "n1776"
    elif x == 1777:
        return "n1777"
    elif x == 1778:
        return "n1778"
    elif x == 1779:
        return "n1779"
    elif x == 1780:
        return "n1780"
    elif x == 1781:
        return "n1781"
    elif x == 1782:
        return "n1782"
    elif x == 1783:
        return "n1783"
    elif x == 1784:
        return "n1784"
    elif x == 1785:
        return "n1785"
    elif x == 1786:
        return "n1786"
    elif x == 1787:
        return "n1787"
    elif x == 1788:
        return "n1788"
    elif x == 1789:
        return "n1789"
    elif x == 1790:
        return "n1790"
    elif x == 1791:
        return "n1791"
    elif x == 1792:
        return "n1792"
    elif x == 1793:
        return "n1793"
    elif x == 1794:
        return "n1794"
    elif x == 1795:
        return "n1795"
    elif x == 1796:
        return "n1796"
    elif x == 1797:
        return "n1797"
    elif x == 1798:
        return "n1798"
    elif x == 1799:
        return "n1799"
    elif x == 1800:
        return "n1800"
    elif x == 1801:
        return "n1801"
    elif x == 1802:
        return "n1802"
    elif x == 1803:
        return "n1803"
    elif x == 1804:
        return "n1804"
    elif x == 1805:
        return "n1805"
    elif x == 1806:
        return "n1806"
    elif x == 1807:
        return "n1807"
    elif x == 1808:
        return "n1808"
    elif x == 1809:
        return "n1809"
    elif x == 1810:
        return "n1810"
    elif x == 1811:
        return "n1811"
    elif x == 1812:
        return "n1812"
    elif x == 1813:
        return "n1813"
    elif x == 1814:
        return "n1814"
    elif x == 1815:
        return "n1815"
    elif x == 1816:
        return "n1816"
    elif x == 1817:
        return "n1817"
    elif x == 1818:
        return "n1818"
    elif x == 1819:
        return "n1819"
    elif x == 1820:
        return "n1820"
    elif x == 1821:
        return "n1821"
    elif x == 1822:
        return "n1822"
    elif x == 1823:
        return "n1823"
    elif x == 1824:
        return "n1824"
    elif x == 1825:
        return "n1825"
    elif x == 1826:
        return "n1826"
    elif x == 1827:
        return "n1827"
    elif x == 1828:
        return "n1828"
    elif x == 1829:
        return "n1829"
    elif x == 1830:
        return "n1830"
    elif x == 1831:
        return "n1831"
    elif x == 1832:
        return "n1832"
    elif x == 1833:
        return "n1833"
    elif x == 1834:
        return "n1834"
    elif x == 1835:
        return "n1835"
    elif x == 1836:
        return "n1836"
    elif x == 1837:
        return "n1837"
    elif x == 1838:
        return "n1838"
    elif x == 1839:
        return "n1839"
    elif x == 1840:
        return "n1840"
    elif x == 1841:
        return "n1841"
    elif x == 1842:
        return "n1842"
    elif x == 1843:
        return "n1843"
    elif x == 1844:
        return "n1844"
    elif x == 1845:
        return "n1845"
    elif x == 1846:
        return "n1846"
    elif x == 1847:
        return "n1847"
    elif x == 1848:
        return "n1848"
    elif x == 1849:
        return "n1849"
    elif x == 1850:
        return "n1850"
    elif x == 1851:
        return "n1851"
    elif x == 1852:
        return "n1852"
    elif x == 1853:
        return "n1853"
    elif x == 1854:
        return "n1854"
    elif x == 1855:
        return "n1855"
    elif x == 1856:
        return "n1856"
    elif x == 1857:
        return "n1857"
    elif x == 1858:
        return "n1858"
    elif x == 1859:
        return "n1859"
    elif x == 1860:
        return "n1860"
    elif x == 1861:
        return "n1861"
    elif x == 1862:
        return "n1862"
    elif x == 1863:
        return "n1863"
    elif x == 1864:
        return "n1864"
    elif x == 1865:
        return "n1865"
    elif x == 1866:
        return "n1866"
    elif x == 1867:
        return "n1867"
    elif x == 1868:
        return "n1868"
    elif x == 1869:
        return "n1869"
    elif x == 1870:
        return "n1870"
    elif x == 1871:
        return "n1871"
    elif x == 1872:
        return "n1872"
    elif x == 1873:
        return "n1873"
    elif x == 1874:
        return "n1874"
    elif x == 1875:
        return "n1875"
    elif x == 1876:
        return "n1876"
    elif x == 1877:
        return "n1877"
    elif x == 1878:
        return "n1878"
    elif x == 1879:
        return "n1879"
    elif x == 1880:
        return "n1880"
    elif x == 1881:
        return "n1881"
    elif x == 1882:
        return "n1882"
    elif x == 1883:
        return "n1883"
    elif x == 1884:
        return "n1884"
    elif x == 1885:
        return "n1885"
    elif x == 1886:
        return "n1886"
    elif x == 1887:
        return "n1887"
    elif x == 1888:
        return "n1888"
    elif x == 1889:
        return "n1889"
    elif x == 1890:
        return "n1890"
    elif x == 1891:
        return "n1891"
    elif x == 1892:
        return "n1892"
    elif x == 1893:
        return "n1893"
    elif x == 1894:
        return "n1894"
    elif x == 1895:
        return "n1895"
    elif x == 1896:
        return "n1896"
    elif x == 1897:
        return "n1897"
    elif x == 1898:
        return "n1898"
    elif x == 1899:
        return "n1899"
    elif x == 1900:
        return "n1900"
    elif x == 1901:
        return "n1901"
    elif x == 1902:
        return "n1902"
    elif x == 1903:
        return "n1903"
    elif x == 1904:
        return "n1904"
    elif x == 1905:
        return "n1905"
    elif x == 1906:
        return "n1906"
    elif x == 1907:
        return "n1907"
    elif x == 1908:
        return "n1908"
    elif x == 1909:
        return "n1909"
    elif x == 1910:
        return "n1910"
    elif x == 1911:
        return "n1911"
    elif x == 1912:
        return "n1912"
    elif x == 1913:
        return "n1913"
    elif x == 1914:
        return "n1914"
    elif x == 1915:
        return "n1915"
    elif x == 1916:
        return "n1916"
    elif x == 1917:
        return "n1917"
    elif x == 1918:
        return "n1918"
    elif x == 1919:
        return "n1919"
    elif x == 1920:
        return "n1920"
    elif x == 1921:
        return "n1921"
    elif x == 1922:
        return "n1922"
    elif x == 1923:
        return "n1923"
    elif x == 1924:
        return "n1924"
    elif x == 1925:
        return "n1925"
    elif x == 1926:
        return "n1926"
    elif x == 1927:
        return "n1927"
    elif x == 1928:
        return "n1928"
    elif x == 1929:
        return "n1929"
    elif x == 1930:
        return "n1930"
    elif x == 1931:
        return "n1931"
    elif x == 1932:
        return "n1932"
    elif x == 1933:
        return "n1933"
    elif x == 1934:
        return "n1934"
    elif x == 1935:
        return "n1935"
    elif x == 1936:
        return "n1936"
    elif x == 1937:
        return "n1937"
    elif x == 1938:
        return "n1938"
    elif x == 1939:
        return "n1939"
    elif x == 1940:
        return "n1940"
    elif x == 1941:
        return "n1941"
    elif x == 1942:
        return "n1942"
    elif x == 1943:
        return "n1943"
    elif x == 1944:
        return "n1944"
    elif x == 1945:
        return "n1945"
    elif x == 1946:
        return "n1946"
    elif x == 1947:
        return "n1947"
    elif x == 1948:
        return "n1948"
    elif x == 1949:
        return "n1949"
    elif x == 1950:
        return "n1950"
    elif x == 1951:
        return "n1951"
    elif x == 1952:
        return "n1952"
    elif x == 1953:
        return "n1953"
    elif x == 1954:
        return "n1954"
    elif x == 1955:
        return "n1955"
    elif x == 1956:
        return "n1956"
    elif x == 1957:
        return "n1957"
    elif x == 1958:
        return "n1958"
    elif x == 1959:
        return "n1959"
    elif x == 1960:
        return "n1960"
    elif x == 1961:
        return "n1961"
    elif x == 1962:
        return "n1962"
    elif x == 1963:
        return "n1963"
    elif x == 1964:
        return "n1964"
    elif x == 1965:
        return "n1965"
    elif x == 1966:
        return "n1966"
    elif x == 1967:
        return "n1967"
    elif x == 1968:
        return "n1968"
    elif x == 1969:
        return "n1969"
    elif x == 1970:
        return "n1970"
    elif x == 1971:
        return "n1971"
    elif x == 1972:
        return "n1972"
    elif x == 1973:
        return "n1973"
    elif x == 1974:
        return "n1974"
    elif x == 1975:
        return "n1975"
    elif x == 1976:
        return "n1976"
    elif x == 1977:
        return "n1977"
    elif x == 1978:
        return "n1978"
    elif x == 1979:
        return "n1979"
    elif x == 1980:
        return "n1980"
    elif x == 1981:
        return "n1981"
    elif x == 1982:
        return "n1982"
    elif x == 1983:
        return "n1983"
    elif x == 1984:
        return "n1984"
    elif x == 1985:
        return "n1985"
    elif x == 1986:
        return "n1986"
    elif x == 1987:
        return "n1987"
    elif x == 1988:
        return "n1988"
    elif x == 1989:
        return "n1989"
    elif x == 1990:
        return "n1990"
    elif x == 1991:
        return "n1991"
    elif x == 1992:
        return "n1992"
    elif x == 1993:
        return "n1993"
    elif x == 1994:
        return "n1994"
    elif x == 1995:
        return "n1995"
    elif x == 1996:
        return "n1996"
    elif x == 1997:
        return "n1997"
    elif x == 1998:
        return "n1998"
    elif x == 1999:
        return "n1999"
    else:
        return "many"
print(classify(0), classify(1), classify(1234), classify(1999), classify(5000))
n = 0
for i in range(2100):
    if classify(i) != "many":
        n += 1
print(n)
